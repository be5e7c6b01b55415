// Statements: blocks and scopes, expression statements, send, inc/dec, assignments, go/defer,
// return, if/for/range/switch/type switch/select (go/types stmt.go).
import type { BlockStmt, CaseClause, CommClause, Expr, RangeStmt, ReturnStmt, Stmt, SwitchStmt, TypeSwitchStmt } from '../syntax/ast.ts';
import { assignOpBase, tokenText } from '../syntax/token.ts';
import { assignment } from './assignability.ts';
import { assignVar, assignVars, declareLocal, initVar, initVars, pendingType, shortVarDecl } from './assign.ts';
import type { Checker } from './context.ts';
import { constString } from './constant-value.ts';
import { localDecl } from './decl-local.ts';
import { exprString } from './expr-string.ts';
import { binaryOperands, expr, rawExpr } from './expr.ts';
import { comparison } from './comparison.ts';
import { convertUntyped } from './untyped.ts';
import { Scope } from './scope.ts';
import { invalidOperand, operandString, type Operand, isInvalidOperand } from './operand.ts';
import { comparable, hasNil, identical, isBoolean, isInteger, isNumeric, isString } from './predicates.ts';
import { typeString } from './type-string.ts';
import { typExpr } from './typexpr.ts';
import { invalidType, isInvalid, newVar, under, type Interface, type Type } from './types.ts';
import { Typ } from './universe.ts';
import { implementsCause, missingMethod } from './method-sets.ts';
import { assertableTo } from './type-assert.ts';
import { returnError } from './assign.ts';
import { syntaxPos } from './syntax-pos.ts';

export function openScope(c: Checker): Scope {
  c.scope = new Scope(c.scope, 'block');
  return c.scope;
}

export function closeScope(c: Checker, s: Scope): void {
  c.scope = s.parent ?? c.scope;
}

export function stmtList(c: Checker, list: Stmt[]): void {
  for (const s of list) stmt(c, s);
}

export function blockStmt(c: Checker, b: BlockStmt): void {
  const s = openScope(c);
  stmtList(c, b.list);
  closeScope(c, s);
}

export function stmt(c: Checker, s: Stmt): void {
  switch (s.kind) {
    case 'BadStmt': case 'EmptyStmt': case 'BranchStmt':
      return; // branches are checked by labels.ts, as gc's syntax pass does
    case 'DeclStmt':
      localDecl(c, s.decl);
      return;
    case 'LabeledStmt':
      stmt(c, s.stmt);
      return;
    case 'ExprStmt':
      exprStmt(c, s.x);
      return;
    case 'SendStmt': {
      const ch = expr(c, s.chan);
      const val = expr(c, s.value);
      if (ch.mode === 'invalid' || val.mode === 'invalid') return;
      const u = under(ch.type);
      if (u.kind !== 'Chan') {
        c.error('send_to_non_chan', s, operandString(ch));
        return;
      }
      if (u.dir === 'recv') {
        c.error('send_to_receive_only', s, operandString(ch));
        return;
      }
      assignment(c, val, u.elem, 'send');
      return;
    }
    case 'IncDecStmt': {
      const x = expr(c, s.x);
      if (x.mode === 'invalid') return;
      if (!isNumeric(x.type)) {
        const op = s.tok === 'INC' ? '++' : '--';
        c.error('incdec_non_numeric', s.x, exprString(s.x), op, typeString(x.type));
        return;
      }
      assignVar(c, s.x, null, x, 'assignment');
      return;
    }
    case 'AssignStmt': {
      if (s.tok === 'DEFINE') {
        shortVarDecl(c, s);
        return;
      }
      if (s.tok === 'ASSIGN') {
        assignVars(c, s.lhs, s.rhs);
        return;
      }
      const op = assignOpBase(s.tok);
      if (!op || s.lhs.length !== 1 || s.rhs.length !== 1) {
        c.error('assign_op_count', s, tokenText(s.tok));
        return;
      }
      const x = expr(c, s.lhs[0]);
      const y = expr(c, s.rhs[0]);
      if (x.mode === 'invalid' || y.mode === 'invalid') return;
      const r = binaryOperands(c, x, y, op, null, s.tokPos);
      // The target is checked even when the operation failed (gc: "cannot assign to …" as well).
      assignVar(c, s.lhs[0], null, { ...r, expr: s.lhs[0] }, 'assignment operation');
      return;
    }
    case 'GoStmt': case 'DeferStmt': {
      const kw = s.kind === 'GoStmt' ? 'go' : 'defer';
      const x = rawExpr(c, s.call, null);
      if (x.mode === 'invalid') return;
      const callee = c.info.callees.get(s.call);
      if (callee?.kind === 'conversion') c.error('go_defer_conversion', s.call, kw, operandString(x));
      else if (callee?.kind === 'builtin' && !statementBuiltins.has(callee.id)) c.error('go_defer_discards', s.call, kw, operandString(x));
      return;
    }
    case 'ReturnStmt':
      returnStmt(c, s);
      return;
    case 'BlockStmt':
      blockStmt(c, s);
      return;
    case 'IfStmt': {
      const sc = openScope(c);
      if (s.init) stmt(c, s.init);
      const x = expr(c, s.cond);
      if (x.mode !== 'invalid' && !isBoolean(x.type)) c.error('non_bool_condition', s.cond, 'if');
      blockStmt(c, s.body);
      if (s.else_) stmt(c, s.else_);
      closeScope(c, sc);
      return;
    }
    case 'ForStmt': {
      const sc = openScope(c);
      if (s.init) stmt(c, s.init);
      if (s.cond) {
        const x = expr(c, s.cond);
        if (x.mode !== 'invalid' && !isBoolean(x.type)) c.error('non_bool_condition', s.cond, 'for');
      }
      if (s.post) stmt(c, s.post);
      blockStmt(c, s.body);
      closeScope(c, sc);
      return;
    }
    case 'RangeStmt':
      rangeStmt(c, s);
      return;
    case 'SwitchStmt':
      switchStmt(c, s);
      return;
    case 'TypeSwitchStmt':
      typeSwitchStmt(c, s);
      return;
    case 'SelectStmt':
      multipleDefaults(c, (s.body.list as CommClause[]).map((cl) => ({ isDefault: cl.comm === null, pos: cl.pos })), 'duplicate_select_default');
      for (const cl of s.body.list) commClause(c, cl);
      return;
    case 'CaseClause': case 'CommClause':
      return;
  }
}

/** Builtins whose calls may stand alone as statements. */
const statementBuiltins = new Set(['copy', 'delete', 'panic', 'print', 'println', 'recover', 'close', 'clear']);

function exprStmt(c: Checker, e: Expr): void {
  const x = rawExpr(c, e, null);
  if (x.mode === 'invalid') return;
  let inner = e;
  while (inner.kind === 'ParenExpr') inner = inner.x;
  if (x.mode === 'builtin') {
    c.error('builtin_not_called', e, operandString(x));
    return;
  }
  if (x.mode === 'typexpr') {
    c.error('not_an_expr', e, operandString(x));
    return;
  }
  if (inner.kind === 'CallExpr') {
    const callee = c.info.callees.get(inner);
    if (!callee || callee.kind === 'conversion' || (callee.kind === 'builtin' && !statementBuiltins.has(callee.id))) {
      c.error('unused_expression', e, operandString(x));
    }
    return;
  }
  if (inner.kind === 'UnaryExpr' && inner.op === 'ARROW') return;
  c.error('unused_expression', e, operandString(x));
}

function returnStmt(c: Checker, s: ReturnStmt): void {
  const f = c.func;
  if (!f) return;
  const res = f.sig.results.vars;
  if (s.results.length === 0 && res.length > 0 && res[0].name !== '') {
    for (const v of res) {
      const alt = c.scope.lookup(v.name);
      if (alt && alt !== v) {
        const p = c.file.position(alt.pos);
        c.error('result_not_in_scope', s, v.name, `${c.file.name}:${p.line}:${p.column}`, v.name, typeString(v.type));
      }
    }
    return;
  }
  if (s.results.length > 0 || res.length > 0) {
    if (s.results.length === 0) {
      returnError(c, s, res, []);
      return;
    }
    // Results are checked like an initialisation of (copies of) the result variables.
    const targets = res.map((v) => newVar(v.name, v.type, 'main', v.pos));
    initVars(c, targets, s.results, s);
  }
}

function rangeStmt(c: Checker, s: RangeStmt): void {
  const x = expr(c, s.x);
  let key: Type | null = null;
  let val: Type | null = null;
  let rangeOverInt = false;
  let isFunc = false;
  if (x.mode !== 'invalid') {
    let u = under(x.type);
    if (u.kind === 'Pointer' && under(u.elem).kind === 'Array') u = under(u.elem);
    let ok = true;
    let cause = '';
    if (isString(u)) {
      key = Typ.int;
      val = Typ.rune;
    } else if (isInteger(u)) {
      key = x.type;
      rangeOverInt = true;
      if (c.goMinor < 22) {
        ok = false;
        cause = c.versionCause(22);
      }
    } else if (u.kind === 'Array' || u.kind === 'Slice') {
      key = Typ.int;
      val = u.elem;
    } else if (u.kind === 'Map') {
      key = u.key;
      val = u.elem;
    } else if (u.kind === 'Chan') {
      if (u.dir === 'send') {
        ok = false;
        cause = 'receive from send-only channel';
      } else key = u.elem;
    } else if (u.kind === 'Signature') {
      // Go 1.23 range-over-func: func(yield func(K, V) bool).
      isFunc = true;
      const tooOld = c.goMinor < 23;
      if (tooOld) {
        ok = false;
        cause = c.versionCause(23);
      }
      const cb = u.params.vars.length === 1 ? under(u.params.vars[0].type) : null;
      const bad = (why: string) => {
        ok = false;
        cause = `func must be func(yield func(...) bool): ${why}`;
      };
      if (tooOld) {
        // the version is the only complaint, as in types2
      } else if (u.params.vars.length !== 1) bad('wrong argument count');
      else if (u.results.vars.length !== 0) bad('unexpected results');
      else if (!cb || cb.kind !== 'Signature') bad('argument is not func');
      else if (cb.params.vars.length > 2) bad('yield func has too many parameters');
      else if (cb.results.vars.length !== 1 || !identical(cb.results.vars[0].type, Typ.bool)) {
        bad(cb.results.vars.length === 1 && isBoolean(cb.results.vars[0].type) ? 'yield func returns user-defined boolean, not bool' : 'yield func does not return bool');
      } else {
        key = cb.params.vars[0]?.type ?? null;
        val = cb.params.vars[1]?.type ?? null;
      }
    } else ok = false;
    if (!ok) {
      if (cause) c.error('range_cannot_cause', x.expr ?? s.x, operandString(x), cause);
      else c.error('range_cannot', x.expr ?? s.x, operandString(x));
    } else if (isFunc && ((key === null && s.key) || (s.key === null && s.value))) {
      c.error('range_no_vars', s.key ?? s.value!, operandString(x));
    } else if (s.value && val === null) {
      c.error('range_too_many_vars', s.value, operandString(x));
    }
  }
  const sc = openScope(c);
  const lhs = [s.key, s.value];
  const rhs = [key, val];
  if (s.tok === 'DEFINE') {
    const vars = [];
    for (let i = 0; i < 2; i++) {
      const l = lhs[i];
      if (!l) continue;
      let obj;
      if (l.kind === 'Ident') {
        obj = newVar(l.name, pendingType, 'main', l.pos);
        c.info.defs.set(l, l.name === '_' ? null : obj);
        if (l.name !== '_') vars.push(obj);
      } else {
        c.error('cannot_declare', l, exprString(l));
        obj = newVar('_', pendingType, 'main', l.pos);
      }
      const t = rhs[i];
      if (t === null || isInvalid(t)) {
        obj.type = invalidType;
        obj.used = true;
        continue;
      }
      if (rangeOverInt) initVar(c, obj, { ...x }, 'range clause');
      else initVar(c, obj, { mode: 'value', type: t, expr: l }, 'assignment');
    }
    if (vars.length > 0) for (const v of vars) declareLocal(c, v);
    else c.error('no_new_variables', s);
  } else if (s.key) {
    for (let i = 0; i < 2; i++) {
      const l = lhs[i];
      const t = rhs[i];
      if (!l || t === null || isInvalid(t)) continue;
      if (rangeOverInt) {
        const y = { ...x };
        assignVar(c, l, null, y, 'range clause');
        if (y.mode !== 'invalid' && !isInteger(y.type)) c.error('range_iter_var_type', l, typeString(y.type));
      } else assignVar(c, l, null, { mode: 'value', type: t, expr: l }, 'assignment');
    }
  } else if (rangeOverInt) {
    assignment(c, { ...x }, null, 'range clause');
  }
  blockStmt(c, s.body);
  closeScope(c, sc);
}

function switchStmt(c: Checker, s: SwitchStmt): void {
  const sc = openScope(c);
  if (s.init) stmt(c, s.init);
  let x: Operand;
  if (s.tag) {
    x = expr(c, s.tag);
    assignment(c, x, null, 'switch expression');
    if (x.mode !== 'invalid' && !comparable(x.type) && !hasNil(x.type)) {
      c.error('switch_not_comparable', s.tag, operandString(x), typeString(x.type));
      x = invalidOperand(s.tag);
    }
  } else {
    const pos = s.body.list.length > 0 ? s.body.list[0].pos : s.body.rbrace;
    x = { mode: 'constant', type: Typ.bool, value: { kind: 'bool', value: true }, expr: { kind: 'Ident', name: 'true', pos, end: pos } };
  }
  multipleDefaults(c, (s.body.list as CaseClause[]).map((cl) => ({ isDefault: cl.list === null, pos: cl.pos })), 'duplicate_default');
  const seen: { v: Operand; at: Expr }[] = [];
  for (const cl of s.body.list) {
    for (const e of cl.list ?? []) caseValue(c, x, e, seen);
    const inner = openScope(c);
    stmtList(c, cl.body);
    closeScope(c, inner);
  }
  closeScope(c, sc);
}

function caseValue(c: Checker, x: Operand, e: Expr, seen: { v: Operand; at: Expr }[]): void {
  const v = expr(c, e);
  if (x.mode === 'invalid' || v.mode === 'invalid') return;
  convertUntyped(c, v, x.type);
  if (isInvalidOperand(v)) return;
  const res = comparison(c, { ...v }, { ...x }, 'EQL', null, true);
  if (res.mode === 'invalid' || v.mode !== 'constant' || !v.value || v.value.kind === 'unknown') return;
  for (const prev of seen) {
    if (prev.v.value && constString(prev.v.value) === constString(v.value) && prev.v.value.kind === v.value.kind && identical(prev.v.type, v.type)) {
      const p = c.file.position(prev.at.pos);
      c.error('duplicate_case', e, operandString(v), `${c.file.name}:${p.line}:${p.column}`);
      return;
    }
  }
  seen.push({ v, at: e });
}

function typeSwitchStmt(c: Checker, s: TypeSwitchStmt): void {
  const sc = openScope(c);
  if (s.init) stmt(c, s.init);
  let lhs: { name: string; pos: number; end: number } | null = null;
  let guard: Expr | null = null;
  if (s.assign.kind === 'AssignStmt' && s.assign.lhs.length === 1 && s.assign.rhs.length === 1) {
    const id = s.assign.lhs[0];
    guard = s.assign.rhs[0];
    if (id.kind === 'Ident') {
      if (id.name === '_') c.softError('no_new_variable_singular', id);
      else {
        lhs = id;
        c.info.defs.set(id, null);
      }
    }
  } else if (s.assign.kind === 'ExprStmt') guard = s.assign.x;
  let sx: Operand | null = null;
  if (guard && guard.kind === 'TypeAssertExpr') {
    const x = expr(c, guard.x);
    if (x.mode !== 'invalid') {
      if (under(x.type).kind === 'Interface') sx = x;
      else c.error('type_switch_non_interface', guard.x, operandString(x));
    }
    c.record(guard, sx ? { mode: 'value', type: sx.type, expr: guard } : invalidOperand(guard));
  }
  multipleDefaults(c, (s.body.list as CaseClause[]).map((cl) => ({ isDefault: cl.list === null, pos: cl.pos })), 'duplicate_default');
  const lhsVars = [];
  const seen: { t: Type | null; at: Expr }[] = [];
  for (const cl of s.body.list) {
    const T = caseTypes(c, sx, cl, seen);
    const inner = openScope(c);
    if (lhs) {
      const n = cl.list?.length ?? 0;
      const t = n !== 1 || T === null ? (sx ? sx.type : invalidType) : T;
      const v = newVar(lhs.name, t, 'main', lhs.pos);
      c.scope.insert(v);
      if (c.func) c.varOwner.set(v, c.func);
      c.info.implicits.set(cl, v);
      lhsVars.push(v);
    }
    stmtList(c, cl.body);
    closeScope(c, inner);
  }
  if (lhs) {
    const used = lhsVars.some((v) => v.used);
    if (!used) c.softError('unused_type_switch_var', lhs, lhs.name);
  }
  closeScope(c, sc);
}

/** Checks a type switch clause's types; returns the single type of a one-type clause (null for nil/default). */
function caseTypes(c: Checker, sx: Operand | null, cl: CaseClause, seen: { t: Type | null; at: Expr }[]): Type | null {
  let T: Type | null = null;
  for (const e of cl.list ?? []) {
    const isNil = e.kind === 'Ident' && c.scope.lookup('nil')?.kind === 'Nil' && e.name === 'nil';
    if (isNil) {
      expr(c, e);
      T = null;
    } else {
      T = typExpr(c, e);
      if (isInvalid(T)) continue;
    }
    const dup = seen.find((p) => (p.t === null && T === null) || (p.t !== null && T !== null && identical(p.t, T)));
    if (dup) {
      const p = c.file.position(dup.at.pos);
      c.error('duplicate_type_case', e, T ? typeString(T) : 'nil', `${c.file.name}:${p.line}:${p.column}`);
      continue;
    }
    seen.push({ t: T, at: e });
    if (sx && T && !assertableTo(under(sx.type) as Interface, T)) {
      const mm = missingMethod(T, under(sx.type) as Interface);
      const head = `${typeString(T)} does not implement ${typeString(sx.type)} `;
      const cause = mm ? implementsCause(T, sx.type, mm).slice(head.length) : '';
      c.error('impossible_type_case', e, exprString(e), operandString(sx), typeString(T), cause);
    }
  }
  return (cl.list?.length ?? 0) === 1 ? T : null;
}

function commClause(c: Checker, cl: CommClause): void {
  let valid = false;
  let rhs: Expr | null = null;
  const comm = cl.comm;
  if (comm === null || comm.kind === 'SendStmt') valid = true;
  else if (comm.kind === 'AssignStmt' && comm.rhs.length === 1) rhs = comm.rhs[0];
  else if (comm.kind === 'ExprStmt') rhs = comm.x;
  if (rhs) {
    let r = rhs;
    while (r.kind === 'ParenExpr') r = r.x;
    if (r.kind === 'UnaryExpr' && r.op === 'ARROW') valid = true;
  }
  if (!valid) {
    const at = comm ? syntaxPos(comm) : cl.pos;
    c.error('select_case_not_comm', { pos: at, end: at + 1 });
    return;
  }
  const sc = openScope(c);
  if (comm) stmt(c, comm);
  stmtList(c, cl.body);
  closeScope(c, sc);
}


function multipleDefaults(c: Checker, clauses: { isDefault: boolean; pos: number }[], code: 'duplicate_default' | 'duplicate_select_default'): void {
  let first: number | null = null;
  for (const cl of clauses) {
    if (!cl.isDefault) continue;
    if (first === null) {
      first = cl.pos;
      continue;
    }
    const p = c.file.position(first);
    c.error(code, { pos: cl.pos, end: cl.pos + 7 }, `${c.file.name}:${p.line}:${p.column}`);
  }
}
