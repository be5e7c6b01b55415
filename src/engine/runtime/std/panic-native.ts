// The builtin panic(v): a value with an Error or String method is printed by that method, which
// Go runs before printing (printpanics); the method runs on the VM here, then the panic starts.
import { GoPanic } from '../../vm/faults.ts';
import type { NativeFn } from '../../vm/native.ts';
import { Iface } from '../values/iface.ts';
import { panicNilValue } from './errors.ts';
import { formatWithMethods, type MethodResolver } from './fmt-methods.ts';

export function panicNative(resolver: MethodResolver): NativeFn {
  return (m, _g, regs, a) => {
    // panic(nil) panics with a *runtime.PanicNilError (Go 1.21+).
    const v = regs[a + 1] === null ? panicNilValue() : regs[a + 1];
    if (!(v instanceof Iface)) throw new GoPanic(v, m.runtime.panicText(v), false);
    // Only the value itself is asked for a method (no depth), and only when it has one.
    const op = formatWithMethods(resolver, [], 0, (hook) => hook?.(v.t, v.v) ?? m.runtime.panicText(v), (text) => {
      throw new GoPanic(v, text, false);
    });
    return op;
  };
}
