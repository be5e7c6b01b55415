// Statement parsing: simple statements, blocks, if/for/switch/select headers and clauses, branches.
//
// Follows gc's parser (cmd/compile/internal/syntax/parser.go, Go 1.23), including its recovery
// (`advance` to a statement keyword) and its header logic for `if`/`for`/`switch`, which is where
// most of gc's distinctive messages come from ("missing condition in if statement",
// "cannot use x := 1 as value", "expected for loop condition", ...).
import type {
  AssignStmt, BlockStmt, BranchStmt, CaseClause, CommClause, Expr, ExprStmt, ForStmt, Ident, IfStmt, RangeStmt, SelectStmt, Stmt,
  SwitchStmt, TypeSwitchStmt,
} from './ast.ts';
import type { Parser } from './parser-base.ts';
import { tokstring } from './parser-base.ts';
import { parseConstSpec, parseGroup, parseTypeSpec, parseVarSpec } from './parse-decl.ts';
import { parseExpr, parseExprList, primaryExpr, unparen } from './parse-expr.ts';
import { exprString, stmtString } from './print-go.ts';
import { reportUnsupported } from './unsupported.ts';
import type { TokenKind } from './token.ts';

/** `range x` with its (optional) left-hand side, before it becomes a RangeStmt. */
interface RangeClause {
  kind: 'RangeClause';
  pos: number;
  lhs: Expr[] | null;
  tok: 'DEFINE' | 'ASSIGN' | null;
  tokPos: number;
  x: Expr;
}

/** `v := x.(type)` in a switch header: kept apart so the header does not reject it as a value. */
interface TypeSwitchGuard {
  kind: 'TypeSwitchGuard';
  assign: AssignStmt;
}

type SimpleResult = Stmt | RangeClause | TypeSwitchGuard;

function isTypeSwitchExpr(x: Expr): boolean {
  return x.kind === 'TypeAssertExpr' && x.type === null;
}

/** SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl. */
function simpleStmt(p: Parser, lhsIn: Expr[] | null, keyword: TokenKind | null): SimpleResult {
  if (keyword === 'FOR' && p.tok() === 'RANGE') return rangeClause(p, null, null, p.pos);
  const lhs = lhsIn ?? parseExprList(p);
  if (lhs.length === 1 && p.tok() !== 'ASSIGN' && p.tok() !== 'DEFINE') {
    const x = lhs[0];
    const pos = p.pos;
    switch (p.tok()) {
      case 'ADD_ASSIGN': case 'SUB_ASSIGN': case 'MUL_ASSIGN': case 'QUO_ASSIGN': case 'REM_ASSIGN':
      case 'AND_ASSIGN': case 'OR_ASSIGN': case 'XOR_ASSIGN': case 'SHL_ASSIGN': case 'SHR_ASSIGN': case 'AND_NOT_ASSIGN': {
        const tok = p.tok();
        p.next();
        const y = parseExpr(p);
        return { kind: 'AssignStmt', pos: x.pos, end: y.end, lhs, tok, tokPos: pos, rhs: [y] };
      }
      case 'INC': case 'DEC': {
        const tok = p.tok() as 'INC' | 'DEC';
        p.next();
        return { kind: 'IncDecStmt', pos: x.pos, end: p.prevEnd, x, tok, tokPos: pos };
      }
      case 'ARROW': {
        p.next();
        const value = parseExpr(p);
        return { kind: 'SendStmt', pos: x.pos, end: value.end, chan: x, arrow: pos, value };
      }
      default:
        return exprStmt(x);
    }
  }
  if (p.tok() === 'ASSIGN' || p.tok() === 'DEFINE') {
    const tok = p.tok() as 'ASSIGN' | 'DEFINE';
    const tokPos = p.pos;
    p.next();
    if (keyword === 'FOR' && p.tok() === 'RANGE') return rangeClause(p, lhs, tok, tokPos);
    const rhs = parseExprList(p);
    const assign: AssignStmt = { kind: 'AssignStmt', pos: lhs[0].pos, end: rhs[rhs.length - 1].end, lhs, tok, tokPos, rhs };
    if (keyword === 'SWITCH' && tok === 'DEFINE' && rhs.length === 1 && isTypeSwitchExpr(rhs[0]) && lhs.length === 1 && lhs[0].kind === 'Ident') {
      return { kind: 'TypeSwitchGuard', assign };
    }
    return assign;
  }
  p.syntaxError('expected := or = or comma');
  p.advance('SEMICOLON', 'RBRACE');
  return exprStmt(lhs[0]);
}

/** Where gc places a simple statement in messages: at its operator, except for expressions. */
function gcPos(s: Stmt): number {
  switch (s.kind) {
    case 'AssignStmt': case 'IncDecStmt': return s.tokPos;
    case 'SendStmt': return s.arrow;
    default: return s.pos;
  }
}

function exprStmt(x: Expr): ExprStmt {
  return { kind: 'ExprStmt', pos: x.pos, end: x.end, x };
}

function rangeClause(p: Parser, lhs: Expr[] | null, tok: 'DEFINE' | 'ASSIGN' | null, tokPos: number): RangeClause {
  const pos = p.pos;
  p.next(); // range
  const x = parseExpr(p);
  return { kind: 'RangeClause', pos, lhs, tok, tokPos, x };
}

/** Turns a parse result into a statement (range clauses and guards only appear in headers). */
function asStmt(s: SimpleResult): Stmt {
  if (s.kind === 'TypeSwitchGuard') return s.assign;
  if (s.kind === 'RangeClause') return exprStmt(s.x);
  return s;
}

function labeledStmt(p: Parser, label: Ident): Stmt | null {
  const colon = p.pos;
  p.want('COLON');
  if (p.tok() === 'RBRACE') {
    // A label right before `}` labels an empty statement.
    return { kind: 'LabeledStmt', pos: label.pos, end: p.prevEnd, label, stmt: { kind: 'EmptyStmt', pos: p.prevEnd, end: p.prevEnd, implicit: true } };
  }
  const s = stmtOrNil(p);
  if (s) return { kind: 'LabeledStmt', pos: label.pos, end: s.end, label, stmt: s };
  p.syntaxErrorAt(colon, 'missing statement after label');
  return null;
}

/** Block = "{" StatementList "}"; `context` names the construct for "expected { after …". */
export function parseBlock(p: Parser, context: string): BlockStmt {
  const pos = p.pos;
  const block: BlockStmt = { kind: 'BlockStmt', pos, end: pos, lbrace: pos, list: [], rbrace: pos };
  if (!p.got('LBRACE')) {
    p.syntaxError('expected { after ' + context);
    p.advance('IDENT', 'RBRACE');
    block.rbrace = p.pos;
    if (p.got('RBRACE')) {
      block.end = p.prevEnd;
      return block;
    }
  }
  block.list = stmtList(p);
  block.rbrace = p.pos;
  p.want('RBRACE');
  block.end = Math.max(pos, p.prevEnd);
  return block;
}

export function parseFuncBody(p: Parser): BlockStmt {
  p.fnest++;
  const body = parseBlock(p, '');
  p.fnest--;
  return body;
}

interface Header {
  init: Stmt | null;
  cond: Expr | null;
  post: Stmt | null;
  range: RangeClause | null;
  guard: AssignStmt | null;
}

/** The clause between `if`/`for`/`switch` and `{`: [init ;] cond [; post], or a range clause. */
function header(p: Parser, keyword: 'IF' | 'FOR' | 'SWITCH'): Header {
  const h: Header = { init: null, cond: null, post: null, range: null, guard: null };
  p.want(keyword);
  if (p.tok() === 'LBRACE') {
    if (keyword === 'IF') {
      p.syntaxError('missing condition in if statement');
      h.cond = p.badExpr();
    }
    return h;
  }
  const outer = p.xnest;
  p.xnest = -1;

  let init: SimpleResult | null = null;
  if (p.tok() !== 'SEMICOLON') {
    // accept a var declaration but complain
    if (p.got('VAR')) p.syntaxError(`var declaration not allowed in ${tokstring(keyword)} initializer`);
    init = simpleStmt(p, null, keyword);
    if (init.kind === 'RangeClause') {
      p.xnest = outer;
      h.range = init;
      return h;
    }
  }

  let condStmt: SimpleResult | null = null;
  let semiPos = -1;
  let semiLit = '';
  let skipUnpack = false;
  if (p.tok() !== 'LBRACE') {
    if (p.tok() === 'SEMICOLON') {
      semiPos = p.pos;
      semiLit = p.describeToken();
      p.next();
    } else {
      // asking for a `{` rather than a `;` gives the better message
      p.want('LBRACE');
      if (p.tok() !== 'LBRACE') p.advance('LBRACE', 'RBRACE');
    }
    if (keyword === 'FOR') {
      if (p.tok() !== 'SEMICOLON') {
        if (p.tok() === 'LBRACE') {
          p.syntaxError('expected for loop condition');
          skipUnpack = true;
        } else {
          condStmt = simpleStmt(p, null, null);
        }
      }
      if (!skipUnpack) {
        p.want('SEMICOLON');
        if (p.tok() !== 'LBRACE') {
          const post = asStmt(simpleStmt(p, null, null));
          if (post.kind === 'AssignStmt' && post.tok === 'DEFINE') p.syntaxErrorAt(gcPos(post), 'cannot declare in post statement of for loop');
          h.post = post;
        }
      }
    } else if (p.tok() !== 'LBRACE') {
      condStmt = simpleStmt(p, null, keyword);
    }
  } else {
    condStmt = init;
    init = null;
  }
  h.init = init ? asStmt(init) : null;

  if (condStmt === null) {
    if (keyword === 'IF' && semiPos >= 0) {
      if (semiLit !== 'semicolon') p.syntaxErrorAt(semiPos, `unexpected ${semiLit}, expected { after if clause`);
      else p.syntaxErrorAt(semiPos, 'missing condition in if statement');
      h.cond = { kind: 'BadExpr', pos: semiPos, end: semiPos };
    }
  } else if (condStmt.kind === 'ExprStmt') {
    h.cond = condStmt.x;
  } else if (condStmt.kind === 'TypeSwitchGuard') {
    h.guard = condStmt.assign;
  } else if (condStmt.kind !== 'RangeClause') {
    // A common mistake is `=` for `==`: say so plainly.
    let str: string;
    if (condStmt.kind === 'AssignStmt' && condStmt.tok === 'ASSIGN') {
      str = `assignment ${emphasize(condStmt.lhs)} = ${emphasize(condStmt.rhs)}`;
    } else {
      str = stmtString(condStmt);
    }
    p.syntaxErrorAt(gcPos(condStmt), `cannot use ${str} as value`);
    h.cond = { kind: 'BadExpr', pos: condStmt.pos, end: condStmt.end };
  }
  p.xnest = outer;
  return h;
}

/** gc prints a binary operand list in parentheses to make a misplaced `=` stand out. */
function emphasize(xs: Expr[]): string {
  const s = xs.map((x) => exprString(x)).join(', ');
  if (xs.length === 1 && xs[0].kind === 'BinaryExpr') return `(${s})`;
  return s;
}

function forStmt(p: Parser): Stmt {
  const pos = p.pos;
  const h = header(p, 'FOR');
  const body = parseBlock(p, 'for clause');
  if (h.range) {
    const r = h.range;
    const lhs = r.lhs ?? [];
    const rs: RangeStmt = {
      kind: 'RangeStmt', pos, end: body.end, key: lhs[0] ?? null, value: lhs[1] ?? null, tok: r.tok, tokPos: r.tok ? r.tokPos : r.pos, x: r.x, body,
    };
    if (lhs.length > 2) p.reportCheckPhase(lhs[2].pos, lhs[2].end, 'range clause permits at most two iteration variables', 'range_too_many_vars');
    return rs;
  }
  const fs: ForStmt = { kind: 'ForStmt', pos, end: body.end, init: h.init, cond: h.cond, post: h.post, body };
  return fs;
}

function ifStmt(p: Parser): IfStmt {
  const pos = p.pos;
  if (!p.enter()) return { kind: 'IfStmt', pos, end: pos, init: null, cond: p.badExpr(), body: emptyBlock(pos), else_: null };
  try {
    const h = header(p, 'IF');
    const body = parseBlock(p, 'if clause');
    const s: IfStmt = { kind: 'IfStmt', pos, end: body.end, init: h.init, cond: h.cond ?? h.guard?.rhs[0] ?? { kind: 'BadExpr', pos, end: pos }, body, else_: null };
    if (p.got('ELSE')) {
      if (p.tok() === 'IF') s.else_ = ifStmt(p);
      else if (p.tok() === 'LBRACE') s.else_ = parseBlock(p, '');
      else {
        p.syntaxError('else must be followed by if or statement block');
        p.advance('IDENT', 'RBRACE');
      }
      if (s.else_) s.end = s.else_.end;
    }
    return s;
  } finally {
    p.leave();
  }
}

function badStmt(p: Parser, pos: number): Stmt {
  return { kind: 'BadStmt', pos, end: Math.max(pos, p.prevEnd) };
}

function emptyBlock(pos: number): BlockStmt {
  return { kind: 'BlockStmt', pos, end: pos, lbrace: pos, list: [], rbrace: pos };
}

function switchStmt(p: Parser): Stmt {
  const pos = p.pos;
  const h = header(p, 'SWITCH');
  const lbrace = p.pos;
  if (!p.got('LBRACE')) {
    p.syntaxError('missing { after switch clause');
    p.advance('CASE', 'DEFAULT', 'RBRACE');
  }
  const clauses: CaseClause[] = [];
  while (p.tok() !== 'EOF' && p.tok() !== 'RBRACE') {
    const before = p.pos;
    clauses.push(caseClause(p));
    if (p.pos === before && p.tok() !== 'EOF' && p.tok() !== 'RBRACE') p.next(); // progress guarantee
  }
  const rbrace = p.pos;
  p.want('RBRACE');
  const body = { kind: 'BlockStmt' as const, pos: lbrace, end: p.prevEnd, lbrace, list: clauses, rbrace };
  const end = Math.max(pos, p.prevEnd);
  if (h.guard) {
    const ts: TypeSwitchStmt = { kind: 'TypeSwitchStmt', pos, end, init: h.init, assign: h.guard, body };
    return ts;
  }
  if (h.cond && isTypeSwitchExpr(h.cond)) {
    const ts: TypeSwitchStmt = { kind: 'TypeSwitchStmt', pos, end, init: h.init, assign: exprStmt(h.cond), body };
    return ts;
  }
  const s: SwitchStmt = { kind: 'SwitchStmt', pos, end, init: h.init, tag: h.cond, body };
  return s;
}

function caseClause(p: Parser): CaseClause {
  const pos = p.pos;
  let list: Expr[] | null = null;
  if (p.tok() === 'CASE') {
    p.next();
    list = parseExprList(p);
  } else if (p.tok() === 'DEFAULT') {
    p.next();
  } else {
    p.syntaxError('expected case or default or }');
    p.advance('COLON', 'CASE', 'DEFAULT', 'RBRACE');
  }
  const colon = p.pos;
  p.want('COLON');
  const body = stmtList(p);
  return { kind: 'CaseClause', pos, end: Math.max(pos, p.prevEnd), list, colon, body };
}

function selectStmt(p: Parser): SelectStmt {
  const pos = p.pos;
  p.want('SELECT');
  const lbrace = p.pos;
  if (!p.got('LBRACE')) {
    p.syntaxError('missing { after select clause');
    p.advance('CASE', 'DEFAULT', 'RBRACE');
  }
  const clauses: CommClause[] = [];
  while (p.tok() !== 'EOF' && p.tok() !== 'RBRACE') {
    const before = p.pos;
    clauses.push(commClause(p));
    if (p.pos === before && p.tok() !== 'EOF' && p.tok() !== 'RBRACE') p.next();
  }
  const rbrace = p.pos;
  p.want('RBRACE');
  return { kind: 'SelectStmt', pos, end: Math.max(pos, p.prevEnd), body: { kind: 'BlockStmt', pos: lbrace, end: p.prevEnd, lbrace, list: clauses, rbrace } };
}

function commClause(p: Parser): CommClause {
  const pos = p.pos;
  let comm: Stmt | null = null;
  if (p.tok() === 'CASE') {
    p.next();
    // Only sends and receives are valid here; the checker reports anything else.
    comm = asStmt(simpleStmt(p, null, null));
  } else if (p.tok() === 'DEFAULT') {
    p.next();
  } else {
    p.syntaxError('expected case or default or }');
    p.advance('COLON', 'CASE', 'DEFAULT', 'RBRACE');
  }
  const colon = p.pos;
  p.want('COLON');
  const body = stmtList(p);
  return { kind: 'CommClause', pos, end: Math.max(pos, p.prevEnd), comm, colon, body };
}

/** `go f()` / `defer f()`: the operand must be a call, and not parenthesized. */
function callStmt(p: Parser): Stmt {
  const pos = p.pos;
  const tok = p.tok() as 'GO' | 'DEFER';
  p.next();
  let x = primaryExpr(p, null);
  if (x.kind === 'ParenExpr') {
    p.errorAt(x.pos, `expression in ${tokstring(tok)} must not be parenthesized`);
    x = unparen(x);
  }
  const end = Math.max(pos, p.prevEnd);
  if (x.kind !== 'CallExpr') {
    // gc reports this during type checking; the tree cannot hold a non-call here.
    p.reportCheckPhase(x.pos, x.end, `expression in ${tokstring(tok)} must be function call`, 'not_a_call');
    return { kind: 'BadStmt', pos, end };
  }
  return tok === 'GO' ? { kind: 'GoStmt', pos, end, call: x } : { kind: 'DeferStmt', pos, end, call: x };
}

function declStmt(p: Parser): Stmt {
  const pos = p.pos;
  const tok = p.tok() as 'VAR' | 'CONST' | 'TYPE';
  p.next();
  const spec = tok === 'VAR' ? parseVarSpec : tok === 'CONST' ? parseConstSpec : parseTypeSpec;
  const decl = parseGroup(p, tok, pos, spec);
  return { kind: 'DeclStmt', pos, end: decl.end, decl };
}

/** Statement, or null when the current token cannot start one. */
export function stmtOrNil(p: Parser): Stmt | null {
  if (!p.enter()) return null;
  try {
    return stmtOrNilInner(p);
  } finally {
    p.leave();
  }
}

function stmtOrNilInner(p: Parser): Stmt | null {
  if (p.tok() === 'IDENT') {
    const lhs = parseExprList(p);
    if (lhs.length === 1 && lhs[0].kind === 'Ident' && p.tok() === 'COLON') return labeledStmt(p, lhs[0]);
    return asStmt(simpleStmt(p, lhs, null));
  }
  const pos = p.pos;
  switch (p.tok()) {
    case 'VAR': case 'CONST': case 'TYPE':
      return declStmt(p);
    case 'LBRACE':
      return parseBlock(p, '');
    case 'ADD': case 'SUB': case 'MUL': case 'AND': case 'XOR': case 'NOT':
    case 'INT': case 'FLOAT': case 'IMAG': case 'CHAR': case 'STRING':
    case 'FUNC': case 'LPAREN': case 'LBRACK': case 'STRUCT': case 'MAP': case 'CHAN': case 'INTERFACE': case 'ARROW':
      return asStmt(simpleStmt(p, null, null));
    case 'FOR':
      return p.nested(() => forStmt(p), () => badStmt(p, pos));
    case 'SWITCH':
      return p.nested(() => switchStmt(p), () => badStmt(p, pos));
    case 'SELECT':
      return p.nested<Stmt>(() => selectStmt(p), () => badStmt(p, pos));
    case 'IF':
      return ifStmt(p);
    case 'FALLTHROUGH': {
      p.next();
      const s: BranchStmt = { kind: 'BranchStmt', pos, end: p.prevEnd, tok: 'FALLTHROUGH', label: null };
      return s;
    }
    case 'BREAK': case 'CONTINUE': {
      const tok = p.tok() as 'BREAK' | 'CONTINUE';
      p.next();
      let label: Ident | null = null;
      if (p.tok() === 'IDENT') label = p.name();
      return { kind: 'BranchStmt', pos, end: p.prevEnd, tok, label };
    }
    case 'GO': case 'DEFER':
      return callStmt(p);
    case 'GOTO': {
      p.next();
      const label = p.name();
      const s: BranchStmt = { kind: 'BranchStmt', pos, end: p.prevEnd, tok: 'GOTO', label };
      reportUnsupported(p, 'goto', pos, s.end);
      return s;
    }
    case 'RETURN': {
      p.next();
      let results: Expr[] = [];
      if (p.tok() !== 'SEMICOLON' && p.tok() !== 'RBRACE') results = parseExprList(p);
      return { kind: 'ReturnStmt', pos, end: p.prevEnd, results };
    }
    case 'SEMICOLON':
      return { kind: 'EmptyStmt', pos, end: p.lit === ';' ? p.end : pos, implicit: p.lit !== ';' };
  }
  return null;
}

/** StatementList = { Statement ";" }, up to `}`, `case`, `default` or EOF. */
export function stmtList(p: Parser): Stmt[] {
  const list: Stmt[] = [];
  while (p.tok() !== 'EOF' && p.tok() !== 'RBRACE' && p.tok() !== 'CASE' && p.tok() !== 'DEFAULT') {
    const before = p.pos;
    const s = stmtOrNil(p);
    if (!s) break;
    list.push(s);
    // ";" is optional before "}"
    if (!p.got('SEMICOLON') && p.tok() !== 'RBRACE') {
      p.syntaxError('at end of statement');
      p.advance('SEMICOLON', 'RBRACE', 'CASE', 'DEFAULT');
      p.got('SEMICOLON');
    }
    if (p.pos === before && p.tok() !== 'EOF') p.next(); // progress guarantee
  }
  return list;
}
