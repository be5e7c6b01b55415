// strconv's errors as Go makes them: a *strconv.NumError{Func, Num, Err} whose Err is one of the
// sentinels strconv.ErrSyntax / strconv.ErrRange, so errors.As and errors.Is see what Go's do.
import { newPointer, type Type } from '../../check/types.ts';
import { strconvPackage } from '../../check/packages/strconv.ts';
import type { NativeFn } from '../../vm/native.ts';
import { Iface } from '../values/iface.ts';
import { GoError } from './errors.ts';
import { errorValue } from './fmt-natives.ts';
import { goQuote } from './quote.ts';

export const errSyntax = errorValue('invalid syntax');
export const errRange = errorValue('value out of range');

let numErrorPtr: Type | null = null;
function numErrorType(): Type {
  if (numErrorPtr === null) {
    const obj = strconvPackage.members.get('NumError');
    if (!obj || obj.kind !== 'TypeName') throw new Error('strconv: no NumError type');
    numErrorPtr = newPointer(obj.type);
  }
  return numErrorPtr;
}

/** A *NumError as the VM holds it: the struct's fields [Func, Num, Err]. */
export function numError(fn: string, s: string, why: 'invalid syntax' | 'value out of range'): Iface {
  return new Iface(numErrorType(), [fn, s, why === 'invalid syntax' ? errSyntax : errRange]);
}

function errText(e: unknown): string {
  return e instanceof Iface && e.v instanceof GoError ? e.v.message : '<nil>';
}

export const numErrorMethods: Record<string, NativeFn> = {
  'strconv.NumError.Error': (_m, _g, regs, a) => {
    const [fn, num, err] = regs[a + 1] as [string, string, unknown];
    regs[a] = `strconv.${fn}: parsing ${goQuote(num)}: ${errText(err)}`;
  },
  'strconv.NumError.Unwrap': (_m, _g, regs, a) => void (regs[a] = (regs[a + 1] as unknown[])[2] ?? null),
};
