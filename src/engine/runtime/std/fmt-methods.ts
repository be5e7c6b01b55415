// fmt's handleMethods on the VM: Error() first, then String(), of user types at every depth.
//
// A method is Go code, so a native cannot call it inline. fmt therefore formats in passes: a pass
// that meets a value whose method result is not known yet stops (NeedCall), the pending op asks
// the VM to run that method (OpStep.Call), records the result, and formats again. Results are
// kept by occurrence (the n-th method value met in traversal order), so every method runs once per
// value printed and in Go's order, as fmt would call it.
import type { Type } from '../../check/types.ts';
import { OpStep, type Goroutine, type PendingOp } from '../../vm/goroutine.ts';
import type { Closure } from '../../vm/values.ts';
import { durationString } from './duration.ts';

export interface MethodResolver {
  methodFor(t: Type, name: string): { closure: Closure; recvFromBoxed: (v: unknown) => unknown } | null;
}

/** Formats a value through its Error/String method, or returns undefined when it has none. */
export type MethodHook = (t: Type, v: unknown) => string | undefined;

class NeedCall {
  constructor(
    readonly fn: Closure,
    readonly recv: unknown,
  ) {}
}

/** Std types whose Error or String method the runtime implements, so fmt calls it as Go's does. */
const stdWithFmtMethods = new Set(['strconv.NumError', 'strings.Builder']);

type Found = { closure: Closure; recvFromBoxed: (v: unknown) => unknown } | null;
const byResolver = new WeakMap<MethodResolver, WeakMap<Type, Found>>();

/** The Error or String method (Go's precedence) of t, cached per type; null for types without one. */
function fmtMethod(resolver: MethodResolver, t: Type): Found {
  // Only named types (or pointers to them) declare methods; skip the lookup for everything else.
  const n = t.kind === 'Pointer' ? t.elem : t;
  if (n.kind !== 'Named' || (n.obj.pkg !== 'main' && !stdWithFmtMethods.has(`${n.obj.pkg}.${n.obj.name}`))) return null;
  let cache = byResolver.get(resolver);
  if (!cache) byResolver.set(resolver, (cache = new WeakMap()));
  let f = cache.get(t);
  if (f === undefined) {
    f = usable(resolver, t, 'Error') ?? usable(resolver, t, 'String');
    cache.set(t, f);
  }
  return f;
}

function usable(resolver: MethodResolver, t: Type, name: string): Found {
  const found = resolver.methodFor(t, name);
  if (!found) return null;
  const sig = found.closure.proto;
  // Error() string and String() string take no arguments besides the receiver.
  return sig.nparams === 1 ? found : null;
}

/**
 * Runs `render` with a method hook; when every method result is known it calls `finish` with the
 * text at once (no op), otherwise it returns a PendingOp that calls the methods and renders again.
 * `finish` returns the native's results (regs[a], regs[a+1]).
 */
export function formatWithMethods(
  resolver: MethodResolver | null,
  regs: unknown[],
  a: number,
  render: (hook: MethodHook | undefined) => string,
  finish: (text: string) => [unknown, unknown],
): PendingOp | undefined {
  if (resolver === null) {
    [regs[a], regs[a + 1]] = finish(render(undefined));
    return undefined;
  }
  const results: string[] = [];
  const attempt = (): string | NeedCall => {
    let k = 0;
    const hook: MethodHook = (t, v) => {
      const std = stdString(t, v);
      if (std !== undefined) return std;
      const m = fmtMethod(resolver, t);
      if (m === null) return undefined;
      // A nil pointer receiver prints as <nil> (fmt catches the nil dereference the call would make).
      if (v === null && t.kind === 'Pointer') return '<nil>';
      if (k < results.length) return results[k++];
      throw new NeedCall(m.closure, m.recvFromBoxed(v));
    };
    try {
      return render(hook);
    } catch (e) {
      if (e instanceof NeedCall) return e;
      throw e;
    }
  };
  const first = attempt();
  if (typeof first === 'string') {
    [regs[a], regs[a + 1]] = finish(first);
    return undefined;
  }
  // The second result register may still hold an argument; Print's error result is nil.
  regs[a + 1] = null;
  let next: string | NeedCall = first;
  let calling = false;
  return {
    step(g: Goroutine): OpStep {
      if (calling) {
        calling = false;
        results.push(String(g.callResults[0] ?? ''));
        next = attempt();
      }
      if (typeof next === 'string') {
        const [r0, r1] = finish(next);
        g.opResult = r0;
        g.opResult2 = r1;
        return OpStep.Done;
      }
      g.call = { fn: next.fn, args: [next.recv] };
      calling = true;
      return OpStep.Call;
    },
  };
}

/** String() of the std types the lab models whose method is plain runtime code (time.Duration). */
function stdString(t: Type, v: unknown): string | undefined {
  if (t.kind === 'Named' && t.obj.pkg === 'time' && t.obj.name === 'Duration') return durationString(v as number);
  return undefined;
}

/** True for the verbs fmt calls Error/String for (handleMethods). */
export function verbUsesMethods(verb: string): boolean {
  return verb === 'v' || verb === 's' || verb === 'q' || verb === 'x' || verb === 'X';
}
