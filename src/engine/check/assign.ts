// Assignments and variable initialisation: `=`, `:=`, `op=`, multi-value and comma-ok forms,
// with gc's "assignment mismatch" and "cannot assign" messages (go/types assignments.go).
import type { AssignStmt, Expr, Ident } from '../syntax/ast.ts';
import { assignment } from './assignability.ts';
import type { Checker } from './context.ts';
import { exprString } from './expr-string.ts';
import { expr, exclude, rawExpr, singleValue } from './expr.ts';
import type { Operand } from './operand.ts';
import { defaultType, isUntyped } from './predicates.ts';
import { typesSummary } from './call.ts';
import { invalidType, isInvalid, newVar, under, type Type, type Var } from './types.ts';

function unparen(e: Expr): Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

function measure(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** `assignment mismatch: 2 variables but f returns 1 value`. */
export function assignError(c: Checker, rhs: Expr[], l: number, r: number): void {
  const vars = measure(l, 'variable');
  const vals = measure(r, 'value');
  const rhs0 = rhs[0];
  const call = rhs.length === 1 ? unparen(rhs0) : null;
  if (call && call.kind === 'CallExpr') c.error('assignment_mismatch', rhs0, `${vars} but ${exprString(call.fun)} returns ${vals}`);
  else c.error('assignment_mismatch', rhs0, `${vars} but ${vals}`);
}

export function returnError(c: Checker, at: { pos: number; end: number }, lhs: Var[], rhs: Operand[]): void {
  const l = lhs.length;
  const r = rhs.length;
  let where: { pos: number; end: number } = at;
  let q = 'not enough';
  if (r > l) {
    where = rhs[l].expr ?? at;
    q = 'too many';
  } else if (r > 0) where = rhs[r - 1].expr ?? at;
  c.error('wrong_result_count', where, q, typesSummary(rhs.map((x) => x.type), false), typesSummary(lhs.map((v) => v.type), false));
}

/**
 * Evaluates a single rhs expression that must produce `want` values: a multi-value call or, when
 * want is 2, a comma-ok form (map index, type assertion, receive).
 */
export function multiValue(c: Checker, e: Expr, want: number): { ops: Operand[]; commaOk: boolean } {
  const x = rawExpr(c, e, null);
  exclude(c, x, true);
  if (x.mode === 'invalid') return { ops: [x], commaOk: false };
  if (x.type.kind === 'Tuple') return { ops: x.type.vars.map((v) => ({ mode: 'value', type: v.type, expr: e })), commaOk: false };
  if (want === 2 && (x.mode === 'mapindex' || x.mode === 'commaok')) {
    const tv = c.info.types.get(e);
    if (tv) tv.mode = 'commaok';
    // The value keeps its mode (gc describes it as a "comma, ok expression" or "map index expression").
    return { ops: [{ ...x }, { mode: 'value', type: untypedBoolOrBool(), expr: e }], commaOk: true };
  }
  return { ops: [x], commaOk: false };
}

function untypedBoolOrBool(): Type {
  // The ok value of a comma-ok expression is an untyped boolean (it takes bool or a named bool type).
  return { kind: 'Basic', basic: 'untyped bool', name: 'untyped bool' };
}

/** Initialises variables (declarations, `:=`, returns) from rhs expressions. */
export function initVars(c: Checker, lhs: Var[], rhs: Expr[], returnAt: { pos: number; end: number } | null, context = 'assignment'): void {
  const ctx = returnAt ? 'return statement' : context;
  const l = lhs.length;
  const r = rhs.length;
  const isCall = r === 1 && unparen(rhs[0]).kind === 'CallExpr';
  if (l === r && !isCall) {
    lhs.forEach((v, i) => initVar(c, v, expr(c, rhs[i], isInvalid(v.type) ? null : v.type), ctx));
    return;
  }
  if (r !== 1) {
    const ops = rhs.map((e) => expr(c, e));
    if (ops.every((x) => x.mode !== 'invalid')) {
      if (returnAt) returnError(c, returnAt, lhs, ops);
      else assignError(c, rhs, l, r);
    }
    for (const v of lhs) if (v.type === pendingType) v.type = invalidType;
    return;
  }
  const { ops } = multiValue(c, rhs[0], returnAt ? -1 : l);
  if (ops.length === 1) singleValue(c, ops[0]);
  if (l === ops.length) {
    lhs.forEach((v, i) => initVar(c, v, ops[i], ctx));
    return;
  }
  if (ops[0].mode !== 'invalid') {
    if (returnAt) returnError(c, returnAt, lhs, ops);
    else assignError(c, rhs, l, ops.length);
  }
  for (const v of lhs) if (v.type === pendingType) v.type = invalidType;
}

/** Placeholder type of a variable whose type comes from its initialiser. */
export const pendingType: Type = { kind: 'Basic', basic: 'invalid', name: 'pending type' };

export function initVar(c: Checker, v: Var, x: Operand, context: string): void {
  if (x.mode === 'invalid' || isInvalid(x.type) || (isInvalid(v.type) && v.type !== pendingType)) {
    // gc still reports such a variable as unused if nothing reads it.
    if (v.type === pendingType) v.type = invalidType;
    return;
  }
  if (v.type === pendingType) {
    let t = x.type;
    if (isUntyped(t)) {
      if (t.kind === 'Basic' && t.basic === 'untyped nil') {
        c.error('untyped_nil_use', x.expr ?? { pos: 0, end: 0 }, context);
        v.type = invalidType;
        return;
      }
      t = defaultType(t);
    }
    v.type = t;
  }
  assignment(c, x, v.type, context);
}

/** The type of an assignable lhs (null for `_`), reporting unassignable operands. */
export function lhsVar(c: Checker, lhs: Expr): Type | null {
  const id = unparen(lhs);
  if (id.kind === 'Ident' && id.name === '_') {
    c.info.defs.set(id, null);
    return null;
  }
  // Assigning to a variable is not a use of it.
  let v: Var | null = null;
  let wasUsed = false;
  if (id.kind === 'Ident') {
    const obj = c.scope.lookup(id.name);
    if (obj && obj.kind === 'Var' && obj.pkg === 'main') {
      v = obj;
      wasUsed = obj.used;
    }
  }
  const x = expr(c, lhs);
  if (v) v.used = wasUsed;
  if (x.mode === 'invalid') return invalidType;
  if (x.mode === 'variable' || x.mode === 'mapindex') return x.type;
  const inner = unparen(lhs);
  if (inner.kind === 'SelectorExpr') {
    const base = c.info.types.get(inner.x);
    if (base && (base.mode === 'mapindex' || base.mode === 'commaok') && unparen(inner.x).kind === 'IndexExpr') {
      c.error('cannot_assign_map_field', lhs, exprString(lhs));
      return invalidType;
    }
  }
  c.error('cannot_assign', lhs, exprString(lhs));
  return invalidType;
}

export function assignVar(c: Checker, lhs: Expr, rhs: Expr | null, x: Operand | null, context: string): void {
  const T = lhsVar(c, lhs);
  if (T !== null && isInvalid(T)) {
    if (x) x.mode = 'invalid';
    else if (rhs && !(rhs.kind === 'Ident' && rhs.name === '_')) expr(c, rhs); // `_` is skipped, as go/types' use()
    return;
  }
  const op = x ?? expr(c, rhs!, T && under(T).kind !== 'Basic' ? T : null);
  assignment(c, op, T, T === null && context === 'assignment' ? 'assignment to _ identifier' : context);
}

export function assignVars(c: Checker, lhs: Expr[], rhs: Expr[]): void {
  const l = lhs.length;
  const r = rhs.length;
  const isCall = r === 1 && unparen(rhs[0]).kind === 'CallExpr';
  if (l === r && !isCall) {
    lhs.forEach((e, i) => assignVar(c, e, rhs[i], null, 'assignment'));
    return;
  }
  if (r !== 1) {
    const okL = lhs.map((e) => useLhs(c, e)).every(Boolean);
    const okR = rhs.map((e) => expr(c, e).mode !== 'invalid').every(Boolean);
    if (okL && okR) assignError(c, rhs, l, r);
    return;
  }
  const { ops } = multiValue(c, rhs[0], l);
  if (ops.length === 1) singleValue(c, ops[0]);
  if (l === ops.length) {
    lhs.forEach((e, i) => assignVar(c, e, null, ops[i], 'assignment'));
    return;
  }
  if (ops[0].mode !== 'invalid') assignError(c, rhs, l, ops.length);
  lhs.forEach((e) => useLhs(c, e));
}

/** Evaluates an lhs only to record it (without counting as a use). Returns false if it is invalid. */
function useLhs(c: Checker, e: Expr): boolean {
  const id = unparen(e);
  if (id.kind === 'Ident' && id.name === '_') return true;
  let v: Var | null = null;
  let was = false;
  if (id.kind === 'Ident') {
    const obj = c.scope.lookup(id.name);
    if (obj && obj.kind === 'Var') {
      v = obj;
      was = obj.used;
    }
  }
  const x = rawExpr(c, e, null);
  if (v) v.used = was;
  return x.mode !== 'invalid';
}

/** `a, b := …`: declares the new names, assigns the existing ones. */
export function shortVarDecl(c: Checker, s: AssignStmt): void {
  const seen = new Set<string>();
  const lhsVars: Var[] = [];
  const newVars: { v: Var; id: Ident }[] = [];
  let hasErr = false;
  for (const l of s.lhs) {
    if (l.kind !== 'Ident') {
      useLhs(c, l);
      c.error('non_name_on_left', l, exprString(l));
      hasErr = true;
      lhsVars.push(newVar('_', pendingType, 'main', l.pos));
      continue;
    }
    const name = l.name;
    if (name !== '_') {
      if (seen.has(name)) {
        c.error('repeated_on_left', l, name);
        hasErr = true;
        lhsVars.push(newVar('_', pendingType, 'main', l.pos));
        continue;
      }
      seen.add(name);
    }
    const alt = c.scope.names.get(name);
    if (alt) {
      c.info.uses.set(l, alt);
      if (alt.kind === 'Var') lhsVars.push(alt);
      else {
        c.error('cannot_assign_short', l, name);
        hasErr = true;
        lhsVars.push(newVar('_', pendingType, 'main', l.pos));
      }
      continue;
    }
    const v = newVar(name, pendingType, 'main', l.pos);
    lhsVars.push(v);
    if (name !== '_') newVars.push({ v, id: l });
    c.info.defs.set(l, name === '_' ? null : v);
  }
  // Existing variables keep their types: check those assignments like `=` (not counting as a use).
  const saved = lhsVars.map((v) => v.used);
  initVars(c, lhsVars, s.rhs, null);
  lhsVars.forEach((v, i) => {
    if (!newVars.some((n) => n.v === v)) v.used = saved[i];
  });
  if (newVars.length === 0 && !hasErr) {
    c.softError('no_new_variables', { pos: s.tokPos, end: s.tokPos + 2 });
    return;
  }
  for (const { v } of newVars) declareLocal(c, v);
}

/** Declares a local variable in the current scope (reporting a redeclaration). */
export function declareLocal(c: Checker, v: Var): void {
  if (v.name === '_') return;
  const prev = c.scope.insert(v);
  if (prev) {
    const p = c.file.position(prev.pos);
    c.error('redeclared', { pos: v.pos, end: v.pos + v.name.length }, v.name, `${c.file.name}:${p.line}:${p.column}`, v.name);
    return;
  }
  if (c.func) {
    c.varOwner.set(v, c.func);
    c.func.locals.push(v);
  }
}

