// Labels and branch statements: break/continue/fallthrough placement and label use, checked per
// function body as gc's syntax pass (cmd/compile/internal/syntax/branches.go) does.
import type { BlockStmt, LabeledStmt, Stmt } from '../syntax/ast.ts';
import type { Checker } from './context.ts';

interface Ctx {
  /** Innermost statement a plain break leaves (for, range, switch, select), or null. */
  breaks: Stmt | null;
  /** Innermost loop a plain continue continues, or null. */
  continues: Stmt | null;
  /** Labelled statements enclosing this point. */
  enclosing: LabeledStmt[];
}

export function checkBranches(c: Checker, body: BlockStmt): void {
  const labels = new Map<string, { stmt: LabeledStmt; used: boolean }>();
  collect(c, body.list, labels);
  walkList(c, body.list, { breaks: null, continues: null, enclosing: [] }, labels, null);
  for (const [name, l] of labels) {
    if (!l.used && name !== '_') c.error('label_unused', l.stmt.label, name);
  }
}

function collect(c: Checker, list: Stmt[], labels: Map<string, { stmt: LabeledStmt; used: boolean }>): void {
  for (const s of list) visitForLabels(c, s, labels);
}

function visitForLabels(c: Checker, s: Stmt, labels: Map<string, { stmt: LabeledStmt; used: boolean }>): void {
  switch (s.kind) {
    case 'LabeledStmt': {
      const prev = labels.get(s.label.name);
      if (prev) {
        const p = c.file.position(prev.stmt.label.pos);
        c.error('label_redeclared', s.label, s.label.name, `${c.file.name}:${p.line}:${p.column}`);
      } else labels.set(s.label.name, { stmt: s, used: false });
      visitForLabels(c, s.stmt, labels);
      return;
    }
    case 'BlockStmt':
      collect(c, s.list, labels);
      return;
    case 'IfStmt':
      collect(c, s.body.list, labels);
      if (s.else_) visitForLabels(c, s.else_, labels);
      return;
    case 'ForStmt': case 'RangeStmt':
      collect(c, s.body.list, labels);
      return;
    case 'SwitchStmt': case 'TypeSwitchStmt': case 'SelectStmt':
      for (const cc of s.body.list) collect(c, cc.body, labels);
      return;
    default:
      return;
  }
}

type Labels = Map<string, { stmt: LabeledStmt; used: boolean }>;

/** `caseInfo` is set when list is the body of a case clause of an expression switch. */
function walkList(c: Checker, list: Stmt[], ctx: Ctx, labels: Labels, caseInfo: { index: number; count: number; typeSwitch: boolean } | null): void {
  list.forEach((s, i) => {
    // Trailing empty statements do not count when deciding whether fallthrough is last.
    let last = i;
    for (let j = list.length - 1; j > i; j--) if (list[j].kind !== 'EmptyStmt') { last = j; break; }
    const isLast = last === i;
    walk(c, s, ctx, labels, caseInfo && isLast ? caseInfo : null, caseInfo !== null);
  });
}

function walk(c: Checker, s: Stmt, ctx: Ctx, labels: Labels, lastInCase: { index: number; count: number; typeSwitch: boolean } | null, inCaseBody: boolean): void {
  switch (s.kind) {
    case 'BranchStmt': {
      if (s.label === null) {
        if (s.tok === 'BREAK' && !ctx.breaks) c.error('branch_outside', s, 'break');
        else if (s.tok === 'CONTINUE' && !ctx.continues) c.error('continue_outside', s);
        else if (s.tok === 'FALLTHROUGH') {
          if (lastInCase && lastInCase.typeSwitch) c.error('fallthrough_type_switch', s);
          else if (!lastInCase || !inCaseBody) c.error('fallthrough_misplaced', s);
          else if (lastInCase.index + 1 === lastInCase.count) c.error('fallthrough_final', s);
        }
        return;
      }
      const name = s.label.name;
      const l = labels.get(name);
      if (s.tok === 'GOTO') {
        // goto itself is reported as unsupported by the parser; its label still counts as used.
        if (l) l.used = true;
        else c.error('goto_label_not_defined', s.label, name);
        return;
      }
      const word = s.tok === 'BREAK' ? 'break' : 'continue';
      if (!l) {
        c.error('label_not_defined', s.label, word, name);
        return;
      }
      l.used = true;
      const target = ctx.enclosing.includes(l.stmt) ? l.stmt.stmt : null;
      if (s.tok === 'BREAK') {
        const ok = target && ['ForStmt', 'RangeStmt', 'SwitchStmt', 'TypeSwitchStmt', 'SelectStmt'].includes(target.kind);
        if (!ok) c.error('invalid_break_label', s.label, name);
      } else if (s.tok === 'CONTINUE') {
        const ok = target && (target.kind === 'ForStmt' || target.kind === 'RangeStmt');
        if (!ok) c.error('invalid_continue_label', s.label, name);
      }
      return;
    }
    case 'LabeledStmt':
      walk(c, s.stmt, { ...ctx, enclosing: [...ctx.enclosing, s] }, labels, lastInCase, inCaseBody);
      return;
    case 'BlockStmt':
      walkList(c, s.list, ctx, labels, null);
      return;
    case 'IfStmt':
      walkList(c, s.body.list, ctx, labels, null);
      if (s.else_) walk(c, s.else_, ctx, labels, null, false);
      return;
    case 'ForStmt': case 'RangeStmt':
      walkList(c, s.body.list, { ...ctx, breaks: s, continues: s }, labels, null);
      return;
    case 'SwitchStmt': case 'TypeSwitchStmt': {
      const count = s.body.list.length;
      (s.body.list as { body: Stmt[] }[]).forEach((cc, index) => walkList(c, cc.body, { ...ctx, breaks: s }, labels, { index, count, typeSwitch: s.kind === 'TypeSwitchStmt' }));
      return;
    }
    case 'SelectStmt':
      for (const cc of s.body.list) walkList(c, cc.body, { ...ctx, breaks: s }, labels, null);
      return;
    default:
      return;
  }
}
