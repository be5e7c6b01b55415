// Calls: function and method calls, conversions `T(x)`, argument passing (variadic, f(g()) spreading),
// and generic std functions typed through their hooks.
import type { CallExpr, Expr } from '../syntax/ast.ts';
import { assignment } from './assignability.ts';
import { builtinCall } from './builtins.ts';
import type { Checker } from './context.ts';
import { conversion } from './conversions.ts';
import { exprString } from './expr-string.ts';
import { expr, multiExpr, rawExpr } from './expr.ts';
import type { Callee } from './info.ts';
import { invalidOperand, operandString, type Operand, isInvalidOperand } from './operand.ts';
import { isNumeric, isUntyped } from './predicates.ts';
import { typeString } from './type-string.ts';
import { isInvalid, newTuple, under, type Func, type Signature, type Type } from './types.ts';

export function callExpr(c: Checker, e: CallExpr): Operand {
  const f = rawExpr(c, e.fun, null);
  switch (f.mode) {
    case 'invalid':
      useArgs(c, e.args);
      return invalidOperand(e);
    case 'typexpr': {
      const T = f.type;
      if (e.args.length !== 1 || e.ellipsis !== null) {
        if (e.args.length === 0) c.error('conversion_arg_count', e, 'missing argument', typeString(T));
        else if (e.args.length > 1) c.error('conversion_arg_count', e.args[e.args.length - 1], 'too many arguments', typeString(T));
        else c.error('conversion_ddd', e.args[0], typeString(T));
        useArgs(c, e.args);
        return invalidOperand(e);
      }
      const x = expr(c, e.args[0], T);
      if (x.mode === 'invalid' || isInvalid(T)) return invalidOperand(e);
      conversion(c, x, T);
      if (isInvalidOperand(x)) return invalidOperand(e);
      c.info.callees.set(e, { kind: 'conversion', type: T });
      return { ...x, expr: e, isNil: false };
    }
    case 'builtin':
      return builtinCall(c, e, f.builtin!);
  }
  const u = under(f.type);
  if (u.kind !== 'Signature') {
    // gc does not look at the arguments of a call of a non-function (so they count as unused).
    c.error('cannot_call', e.fun, operandString(f));
    return invalidOperand(e);
  }
  const args = evalArgs(c, e.args);
  let sig: Signature = u;
  const fn = calleeFunc(c, e.fun);
  if (fn && fn.generic) {
    // Inference needs every argument's type; after an error in one, stay quiet.
    if (args.some((a) => a.mode === 'invalid')) return invalidOperand(e);
    const r = fn.generic.instantiate(args.map((a) => ({ type: a.type, untyped: isUntyped(a.type), expr: a.expr })), e.ellipsis !== null);
    if (!r.ok) {
      // Errors about the call as a whole point at its `(`, as gc's do.
      const at = r.argIndex >= 0 && r.argIndex < e.args.length ? e.args[r.argIndex] : { pos: e.lparen, end: e.lparen + 1 };
      c.error('generic_call', at, r.message);
      return invalidOperand(e);
    }
    sig = r.signature;
  }
  arguments_(c, e, sig, args);
  recordCallee(c, e, fn, sig);
  const res = sig.results.vars;
  if (res.length === 0) return { mode: 'novalue', type: newTuple([]), expr: e };
  if (res.length === 1) return { mode: 'value', type: res[0].type, expr: e };
  return { mode: 'value', type: newTuple(res), expr: e };
}

function calleeFunc(c: Checker, fun: Expr): Func | null {
  let f = fun;
  while (f.kind === 'ParenExpr') f = f.x;
  const id = f.kind === 'Ident' ? f : f.kind === 'SelectorExpr' ? f.sel : null;
  const obj = id ? c.info.uses.get(id) : undefined;
  return obj && obj.kind === 'Func' ? obj : null;
}

function recordCallee(c: Checker, e: CallExpr, fn: Func | null, sig: Signature): void {
  let f = e.fun;
  while (f.kind === 'ParenExpr') f = f.x;
  let callee: Callee = { kind: 'value' };
  if (fn) {
    const sel = f.kind === 'SelectorExpr' ? c.info.selections.get(f) : undefined;
    if (sel && sel.kind === 'method') callee = { kind: 'method', func: fn, selection: sel };
    else if (fn.pkg !== null && fn.pkg !== 'main') callee = { kind: 'std', pkg: fn.pkg, func: fn, signature: sig };
    else if (!sel || sel.kind === 'pkgMember') callee = { kind: 'func', func: fn };
  }
  c.info.callees.set(e, callee);
}

/** Evaluates arguments; a single call returning several values spreads into several arguments. */
export function evalArgs(c: Checker, args: Expr[]): Operand[] {
  if (args.length === 1) return multiExpr(c, args[0]);
  return args.map((a) => expr(c, a));
}

export function useArgs(c: Checker, args: Expr[]): void {
  for (const a of args) rawExpr(c, a.kind === 'KeyValueExpr' ? a.value : a, null);
}

/** `(number, string)`: how gc summarises argument or result types in count mismatches. */
export function typesSummary(types: Type[], variadic: boolean): string {
  const parts = types.map((t, i) => {
    let s: string;
    if (isInvalid(t)) s = 'unknown type';
    else if (isUntyped(t)) s = isNumeric(t) ? 'number' : t.kind === 'Basic' ? t.name.replace('untyped ', '') : '';
    else s = typeString(t);
    if (variadic && i === types.length - 1 && t.kind === 'Slice') s = '...' + typeString(t.elem);
    return s;
  });
  return `(${parts.join(', ')})`;
}

/** Checks argument count and assignability against sig (go/types `arguments`). */
export function arguments_(c: Checker, e: CallExpr, sig: Signature, args: Operand[]): void {
  const ddd = e.ellipsis !== null;
  const params = sig.params.vars.map((v) => v.type);
  let want = params;
  const nargs = args.length;
  if (sig.variadic) {
    if (ddd) {
      if (e.args.length === 1 && nargs > 1) {
        c.error('ddd_multi_value', { pos: e.rparen, end: e.rparen + 1 }, String(nargs), exprString(e.args[0]));
        return;
      }
    } else if (nargs >= params.length - 1) {
      const last = params[params.length - 1];
      const elem = last.kind === 'Slice' ? last.elem : last;
      want = [...params.slice(0, -1)];
      for (let i = params.length - 1; i < nargs; i++) want.push(elem);
    }
  } else if (ddd) {
    c.error('cannot_use_ddd', e, exprString(e.fun));
    return;
  }
  if (nargs !== want.length) {
    const at = nargs > want.length ? (args[want.length].expr ?? e) : nargs > 0 ? (args[nargs - 1].expr ?? e) : e;
    // When one call's results spread over the arguments, gc points at that call.
    const where = e.args.length === 1 && nargs > 1 ? e.args[0] : at;
    c.error('wrong_arg_count', where, nargs > want.length ? 'too many' : 'not enough', exprString(e.fun),
      typesSummary(args.map((a) => a.type), false) + (ddd ? '' : ''), typesSummary(params, sig.variadic));
    return;
  }
  const context = `argument to ${exprString(e.fun)}`;
  args.forEach((a, i) => assignment(c, a, want[i], context));
}
