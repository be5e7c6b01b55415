// Package errors: New, Unwrap, Is, As and Join. Chains are walked as Go's errors package walks
// them: a wrapped error from fmt.Errorf's %w, the errors Join holds, and user Unwrap() methods,
// which run on the VM (calls-op.ts), as do the Error() methods Join needs for its message.
import { under, type Interface, type Signature, type Type } from '../../check/types.ts';
import { comparable, identical, isInterface } from '../../check/predicates.ts';
import { missingMethod } from '../../check/method-sets.ts';
import { GoPanic } from '../../vm/faults.ts';
import type { NativeFn } from '../../vm/native.ts';
import { Iface } from '../values/iface.ts';
import { SliceVal } from '../values/slice.ts';
import { GoError } from './errors.ts';
import { callingOp, type CallingGen } from './calls-op.ts';
import type { MethodResolver } from './fmt-methods.ts';
import { isAggregate } from '../../compile/types-rt.ts';
import { joinErrorType } from './errors.ts';
import { goEqual } from '../../compile/value-natives.ts';

/** The errors err wraps: none, one (Unwrap() error) or several (Join, Unwrap() []error). */
function* unwrapped(ctx: MethodResolver | null, err: Iface): CallingGen<Iface[]> {
  if (err.v instanceof GoError) {
    const w = err.v.wrapped;
    return (Array.isArray(w) ? w : [w]).filter((e): e is Iface => e instanceof Iface);
  }
  const m = ctx?.methodFor(err.t, 'Unwrap');
  if (!m) return [];
  const [r] = yield { fn: m.closure, args: [m.recvFromBoxed(err.v)] };
  if (r instanceof SliceVal) return r.arr.slice(r.off, r.off + r.len).filter((e): e is Iface => e instanceof Iface);
  return r instanceof Iface ? [r] : [];
}

function* errorText(ctx: MethodResolver | null, err: Iface): CallingGen<string> {
  if (err.v instanceof GoError) return err.v.message;
  const m = ctx?.methodFor(err.t, 'Error');
  if (!m) return '';
  const [r] = yield { fn: m.closure, args: [m.recvFromBoxed(err.v)] };
  return String(r ?? '');
}

/** err == target as Go compares interfaces (uncomparable dynamic types are simply not equal here). */
function equalErrors(a: Iface, b: Iface): boolean {
  return identical(a.t, b.t) && comparable(a.t) && goEqual(a.t, a.v, b.v);
}

function* is(ctx: MethodResolver | null, err: Iface | null, target: Iface | null): CallingGen<boolean> {
  if (err === null || target === null) return err === target;
  if (equalErrors(err, target)) return true;
  const m = ctx?.methodFor(err.t, 'Is');
  if (m) {
    const [r] = yield { fn: m.closure, args: [m.recvFromBoxed(err.v), target] };
    if (r === true) return true;
  }
  for (const next of yield* unwrapped(ctx, err)) if (yield* is(ctx, next, target)) return true;
  return false;
}

/** errors.As: the first error in the chain whose type fits *target is stored there. */
function* as(ctx: MethodResolver | null, err: Iface | null, target: Iface, elem: Type): CallingGen<boolean> {
  if (err === null) return false;
  const fits = isInterface(elem) ? missingMethod(err.t, under(elem) as Interface) === null : identical(err.t, elem);
  if (fits) {
    const value = isInterface(elem) ? err : err.v;
    if (isAggregate(elem)) (target.v as unknown[]).splice(0, (value as unknown[]).length, ...(value as unknown[]));
    else (target.v as { v: unknown }).v = value;
    return true;
  }
  for (const next of yield* unwrapped(ctx, err)) if (yield* as(ctx, next, target, elem)) return true;
  return false;
}

type Maker = (sig: Signature, ctx: MethodResolver | null) => NativeFn;

const makers: Record<string, Maker> = {
  'errors.Unwrap': (_sig, ctx) => (_m, _g, regs, a) => {
    const err = regs[a + 1] as Iface | null;
    if (err === null) return void (regs[a] = null);
    // Unwrap follows only Unwrap() error: a joined error unwraps to nil.
    if (err.v instanceof GoError && Array.isArray(err.v.wrapped)) return void (regs[a] = null);
    return callingOp(unwrapped(ctx, err), (es) => [es[0] ?? null, null]);
  },
  'errors.Is': (_sig, ctx) => (_m, _g, regs, a) => callingOp(is(ctx, regs[a + 1] as Iface | null, regs[a + 2] as Iface | null), (b) => [b, null]),
  'errors.As': (_sig, ctx) => (_m, _g, regs, a) => {
    const target = regs[a + 2] as Iface | null;
    if (target === null || target.v === null || target.t.kind !== 'Pointer') throw new GoPanic('errors: target must be a non-nil pointer', 'errors: target must be a non-nil pointer');
    return callingOp(as(ctx, regs[a + 1] as Iface | null, target, target.t.elem), (b) => [b, null]);
  },
  'errors.Join': (_sig, ctx) => (_m, _g, regs, a) => {
    const s = regs[a + 1] as SliceVal | null;
    const errs = (s === null ? [] : s.arr.slice(s.off, s.off + s.len)).filter((e): e is Iface => e instanceof Iface);
    if (errs.length === 0) return void (regs[a] = null);
    const gen = function* (): CallingGen<string[]> {
      const texts: string[] = [];
      for (const e of errs) texts.push(yield* errorText(ctx, e));
      return texts;
    };
    return callingOp(gen(), (texts) => [new Iface(joinErrorType, new GoError(texts.join('\n'), errs)), null]);
  },
};

export function errorsNative(key: string, sig: Signature, ctx: MethodResolver | null): NativeFn | undefined {
  return makers[key]?.(sig, ctx);
}
