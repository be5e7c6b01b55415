// Runtime helpers the compiler specialises per type: indexing with Go's bounds checks, slicing,
// literals and Go's == on structs, arrays and interfaces.
import { identical } from '../check/predicates.ts';
import { under, type Type } from '../check/types.ts';
import { GoPanic } from '../vm/faults.ts';
import type { NativeFn } from '../vm/native.ts';
import { nilDeref } from '../vm/runtime-errors.ts';
import { ElemRef, samePointer } from '../runtime/values/elem-ref.ts';
import { Iface } from '../runtime/values/iface.ts';
import { SliceVal } from '../runtime/values/slice.ts';
import { isAggregate, zeroValue } from './types-rt.ts';
import { reflectTypeName } from '../runtime/std/reflect-type-name.ts';

function runtimeError(msg: string): GoPanic {
  return new GoPanic({ runtimeError: msg }, `runtime error: ${msg}`, true);
}

export function indexOutOfRange(i: number, len: number): GoPanic {
  // Go's boundsError leaves the length out for a negative index.
  return runtimeError(i < 0 ? `index out of range [${i}]` : `index out of range [${i}] with length ${len}`);
}

/** x[i] for arrays, slices, strings and pointers to arrays; args [x, i]. With `addr`, a pointer to the element. */
export function indexNative(t: Type, addr: boolean): NativeFn {
  const elem = t.kind === 'Slice' || t.kind === 'Array' ? t.elem : t.kind === 'Pointer' ? (under(t.elem) as { elem: Type }).elem : null;
  const aggElem = elem !== null && isAggregate(elem);
  return (_m, _g, regs, a) => {
    const x = regs[a + 1];
    const i = regs[a + 2] as number;
    if (typeof x === 'string') {
      if (i < 0 || i >= x.length) throw indexOutOfRange(i, x.length);
      regs[a] = x.charCodeAt(i);
      return;
    }
    let arr: unknown[], off = 0, len: number;
    if (x instanceof SliceVal) {
      arr = x.arr;
      off = x.off;
      len = x.len;
    } else if (x === null) {
      if (t.kind === 'Pointer') throw nilDeref();
      throw indexOutOfRange(i, 0);
    } else {
      arr = x as unknown[];
      len = arr.length;
    }
    if (i < 0 || i >= len) throw indexOutOfRange(i, len);
    regs[a] = addr && !aggElem ? new ElemRef(arr, off + i) : arr[off + i];
  };
}

/** x[lo:hi] for slices, strings and arrays; args [x, lo|nil, hi|nil]. */
export function sliceExprNative(): NativeFn {
  return (_m, _g, regs, a) => {
    const x = regs[a + 1];
    const lo = (regs[a + 2] as number | null) ?? 0;
    if (typeof x === 'string') {
      const hi = (regs[a + 3] as number | null) ?? x.length;
      if (hi < 0 || hi > x.length) throw runtimeError(`slice bounds out of range [:${hi}] with length ${x.length}`);
      if (lo < 0 || lo > hi) throw runtimeError(`slice bounds out of range [${lo}:${hi}]`);
      regs[a] = x.slice(lo, hi);
      return;
    }
    let arr: unknown[], off = 0, len: number, cap: number;
    if (x instanceof SliceVal) [arr, off, len, cap] = [x.arr, x.off, x.len, x.cap];
    else if (x === null) [arr, len, cap] = [[], 0, 0];
    else [arr, len, cap] = [x as unknown[], (x as unknown[]).length, (x as unknown[]).length];
    const hi = (regs[a + 3] as number | null) ?? len;
    const max = (regs[a + 4] as number | null) ?? cap;
    if (max < 0 || max > cap) throw runtimeError(`slice bounds out of range [::${max}] with capacity ${cap}`);
    if (hi < 0 || hi > max) throw runtimeError(max === cap && (regs[a + 4] ?? null) === null ? `slice bounds out of range [:${hi}] with capacity ${cap}` : `slice bounds out of range [:${hi}:${max}]`);
    if (lo < 0 || lo > hi) throw runtimeError(`slice bounds out of range [${lo}:${hi}]`);
    regs[a] = new SliceVal(arr, off + lo, hi - lo, max - lo);
  };
}

/** A new slice (or array) of a literal's length filled with zero values; args [len]. */
export function sliceLitNative(t: Type): NativeFn {
  const u = under(t) as { kind: string; elem: Type };
  return (_m, _g, regs, a) => {
    const n = regs[a + 1] as number;
    const arr = new Array(n);
    for (let i = 0; i < n; i++) arr[i] = zeroValue(u.elem);
    regs[a] = u.kind === 'Array' ? arr : new SliceVal(arr, 0, n, n);
  };
}

/** Go's == for comparable types that are not plain numbers, strings or booleans; args [x, y]. */
export function equalNative(t: Type): NativeFn {
  return (_m, _g, regs, a) => {
    regs[a] = goEqual(t, regs[a + 1], regs[a + 2]);
  };
}

export function goEqual(t: Type, x: unknown, y: unknown): boolean {
  const u = under(t);
  switch (u.kind) {
    case 'Struct':
      return u.fields.every((f, i) => goEqual(f.type, (x as unknown[])[i], (y as unknown[])[i]));
    case 'Array':
      return (x as unknown[]).every((v, i) => goEqual(u.elem, v, (y as unknown[])[i]));
    case 'Interface': {
      if (x === null || y === null) return x === y;
      const a = x as Iface, b = y as Iface;
      if (!identical(a.t, b.t)) return false;
      const ut = under(a.t);
      if (ut.kind === 'Slice' || ut.kind === 'Map' || ut.kind === 'Signature') {
        throw runtimeError(`comparing uncomparable type ${typeName(a.t)}`);
      }
      return goEqual(a.t, a.v, b.v);
    }
    case 'Pointer':
      return samePointer(x, y);
    default:
      return x === y;
  }
}

function typeName(t: Type): string {
  return reflectTypeName(t);
}
