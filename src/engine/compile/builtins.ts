// Go's builtin functions: len cap append make new delete panic print println recover copy min max clear.
import type { CallExpr } from '../syntax/ast.ts';
import type { BuiltinId } from '../check/types.ts';
import { under, type Type } from '../check/types.ts';
import { Op } from '../vm/opcodes.ts';
import { GoPanic } from '../vm/faults.ts';
import type { NativeFn } from '../vm/native.ts';
import type { FuncCompiler } from './func-compiler.ts';
import { emitZero, exprAs, exprTo, typeOf, Unsupported } from './expr.ts';
import { SliceVal } from '../runtime/values/slice.ts';
import { isAggregate, zeroValue } from './types-rt.ts';
import { allocate } from '../vm/heap-budget.ts';
import { makeMapNative, mapClearNative, mapDeleteNative, mapLenNative } from '../runtime/std/map-natives.ts';
import { formatPrintArg } from '../runtime/std/print.ts';
import { panicNative } from '../runtime/std/panic-native.ts';
import { defaultType } from '../check/predicates.ts';
import { Chan, makeChanNative, closeChanNative } from '../runtime/std/chan.ts';

/** A builtin call whose arguments are evaluated now and whose native runs later (`defer close(ch)`). */
export interface CapturedBuiltin {
  base: number;
  nat: number;
  argc: number;
  name: string;
}

/** Builtins that compile to one native over their evaluated arguments, so `go` and `defer` can run them later. */
const deferrable = new Set<BuiltinId>(['close', 'panic', 'print', 'println', 'delete']);

/**
 * Evaluates the arguments of a deferrable builtin into registers and returns its native instead of
 * calling it; null for builtins go/defer cannot run this way.
 */
export function captureBuiltin(fc: FuncCompiler, call: CallExpr, id: BuiltinId): CapturedBuiltin | null {
  if (!deferrable.has(id)) return null;
  let captured: CapturedBuiltin | null = null;
  compileBuiltin(fc, call, id, -1, 0, (c) => (captured = c));
  return captured;
}

export function compileBuiltin(fc: FuncCompiler, call: CallExpr, id: BuiltinId, dst: number, _nres: number, capture?: (c: CapturedBuiltin) => void): void {
  const b = fc.b;
  const args = call.args;
  const mark = fc.mark();
  const emitNative = (name: string, make: () => NativeFn, argRegs: (base: number) => void, argc: number) => {
    const base = fc.temps(1 + argc);
    argRegs(base);
    if (capture) {
      capture({ base, nat: fc.pc.native(name, make), argc, name: id });
      return;
    }
    b.emit(Op.NATIVE, base, fc.pc.native(name, make), argc);
    if (dst >= 0) b.emit(Op.MOVE, dst, base);
  };
  switch (id) {
    case 'len':
    case 'cap': {
      const t = under(typeOf(fc, args[0]));
      if (t.kind === 'Map') emitNative('maplen', () => mapLenNative, (r) => exprTo(fc, args[0], r + 1), 1);
      else emitNative(id, () => (id === 'len' ? lenNative : capNative), (r) => exprTo(fc, args[0], r + 1), 1);
      break;
    }
    case 'append': {
      const st = typeOf(fc, args[0]);
      const elem = (under(st) as { elem: Type }).elem;
      if (call.ellipsis !== null) {
        emitNative('appendslice', () => appendSliceNative, (r) => {
          exprTo(fc, args[0], r + 1);
          exprTo(fc, args[1], r + 2);
        }, 2);
      } else {
        const n = args.length;
        emitNative(`append:${fc.pc.typeKey(elem)}`, () => appendNative(elem), (r) => {
          exprTo(fc, args[0], r + 1);
          for (let i = 1; i < n; i++) exprAs(fc, args[i], elem, r + 1 + i);
        }, n);
      }
      break;
    }
    case 'make': {
      const t = typeOf(fc, args[0]);
      const u = under(t);
      if (u.kind === 'Map') emitNative(`makemap:${fc.pc.typeKey(u)}`, () => makeMapNative(u), (r) => args[1] && exprTo(fc, args[1], r + 1), args.length - 1);
      else if (u.kind === 'Slice') emitNative(`makeslice:${fc.pc.typeKey(u.elem)}`, () => makeSliceNative(u.elem), (r) => {
        exprTo(fc, args[1], r + 1);
        if (args[2]) exprTo(fc, args[2], r + 2);
        else b.emit(Op.LOADNIL, r + 2);
      }, 2);
      else if (u.kind === 'Chan') emitNative(`makechan:${fc.pc.typeKey(u.elem)}`, () => makeChanNative(u.elem), (r) => {
        if (args[1]) exprTo(fc, args[1], r + 1);
        else b.emit(Op.LOADI, r + 1, 0);
      }, 1);
      else throw new Unsupported(fc, call, 'make of this type');
      break;
    }
    case 'new': {
      const t = typeOf(fc, args[0]);
      if (isAggregate(t)) emitZero(fc, t, dst);
      else {
        emitZero(fc, t, dst);
        b.emit(Op.NEWCELL, dst);
      }
      break;
    }
    case 'delete': {
      const mt = under(typeOf(fc, args[0]));
      emitNative('mapdelete', mapDeleteNative, (r) => {
        exprTo(fc, args[0], r + 1);
        exprAs(fc, args[1], (mt as { key: Type }).key, r + 2);
      }, 2);
      break;
    }
    case 'clear': {
      const t = under(typeOf(fc, args[0]));
      if (t.kind === 'Map') emitNative('mapclear', () => mapClearNative, (r) => exprTo(fc, args[0], r + 1), 1);
      else emitNative('sliceclear', () => (_m, _g, regs, a) => {
        const s = regs[a + 1] as SliceVal | null;
        if (s === null) return;
        const elem = (t as { elem: Type }).elem;
        for (let i = 0; i < s.len; i++) s.arr[s.off + i] = zeroValue(elem);
      }, (r) => exprTo(fc, args[0], r + 1), 1);
      break;
    }
    case 'close':
      emitNative('close', () => closeChanNative, (r) => exprTo(fc, args[0], r + 1), 1);
      break;
    case 'panic':
      fc.setLine(call);
      emitNative('panic', () => panicNative(fc.pc), (r) => exprAs(fc, args[0], fc.pc.emptyInterface, r + 1), 1);
      break;
    case 'recover':
      b.emit(Op.RECOVER, dst);
      break;
    case 'print':
    case 'println': {
      const n = args.length;
      const kinds = args.map((a) => {
        const t = typeOf(fc, a);
        const u = under(t.kind === 'Basic' && t.basic.startsWith('untyped') ? defaultType(t) : t);
        return u;
      });
      emitNative(`${id}:${kinds.map((k) => fc.pc.typeKey(k)).join(',')}`, () => (m, _g, regs, a, argc) => {
        const parts: string[] = [];
        for (let i = 0; i < argc; i++) parts.push(formatPrintArg(kinds[i], regs[a + 1 + i]));
        m.write(2, id === 'println' ? parts.join(' ') + '\n' : parts.join(''));
      }, (r) => args.forEach((a, i) => exprTo(fc, a, r + 1 + i)), n);
      break;
    }
    case 'copy':
      emitNative('copy', () => copyNative, (r) => {
        exprTo(fc, args[0], r + 1);
        exprTo(fc, args[1], r + 2);
      }, 2);
      break;
    case 'min':
    case 'max': {
      const n = args.length;
      const t = typeOf(fc, call);
      emitNative(id, () => (_m, _g, regs, a, argc) => {
        let v = regs[a + 1] as number;
        for (let i = 2; i <= argc; i++) {
          const x = regs[a + i] as number;
          if (x !== x) v = x; // NaN wins, as in Go
          else if (id === 'min' ? x < v : x > v) v = x;
        }
        regs[a] = v;
      }, (r) => args.forEach((a, i) => exprAs(fc, a, t, r + 1 + i)), n);
      break;
    }
    default:
      throw new Unsupported(fc, call, `builtin ${id}`);
  }
  // A captured builtin's argument registers stay reserved for the go/defer that follows.
  if (!capture) fc.release(Math.max(mark, dst + 1));
}

const lenNative: NativeFn = (_m, _g, regs, a) => {
  const x = regs[a + 1];
  if (x === null) regs[a] = 0;
  else if (typeof x === 'string') regs[a] = x.length;
  else if (x instanceof SliceVal) regs[a] = x.len;
  else if (Array.isArray(x)) regs[a] = x.length;
  else if (x instanceof Chan) regs[a] = x.buf.length;
  else regs[a] = 0;
};

const capNative: NativeFn = (_m, _g, regs, a) => {
  const x = regs[a + 1];
  if (x === null) regs[a] = 0;
  else if (x instanceof SliceVal) regs[a] = x.cap;
  else if (Array.isArray(x)) regs[a] = x.length;
  else if (x instanceof Chan) regs[a] = x.cap;
  else regs[a] = 0;
};

/** Go 1.20+'s growslice capacity rule: double below 256, then grow by (cap + 3*256)/4, rounded up to size classes. */
export function grownCap(oldCap: number, needed: number, elemSize: number): number {
  let newcap = oldCap;
  const doublecap = newcap + newcap;
  if (needed > doublecap) newcap = needed;
  else {
    const threshold = 256;
    if (oldCap < threshold) newcap = doublecap;
    else {
      while (newcap < needed) newcap += (newcap + 3 * threshold) >> 2;
      if (newcap <= 0) newcap = needed;
    }
  }
  return roundToSizeClass(newcap, elemSize);
}

/** Go's malloc size classes (runtime/sizeclasses.go) up to 32 KiB: capacity rounds up to fill the class. */
const sizeClasses = [0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768];

function roundToSizeClass(cap: number, elemSize: number): number {
  const bytes = cap * elemSize;
  if (bytes > 32768) {
    const pages = Math.ceil(bytes / 8192) * 8192;
    return Math.floor(pages / elemSize);
  }
  for (const c of sizeClasses) if (c >= bytes) return Math.floor(c / elemSize);
  return cap;
}

function appendNative(elem: Type): NativeFn {
  const size = elemSize(elem);
  return (m, _g, regs, a, argc) => {
    const s = regs[a + 1] as SliceVal | null;
    const n = argc - 1;
    const len = s ? s.len : 0, cap = s ? s.cap : 0;
    if (n === 0) {
      regs[a] = s;
      return;
    }
    if (s && len + n <= cap) {
      for (let i = 0; i < n; i++) s.arr[s.off + len + i] = regs[a + 2 + i];
      regs[a] = new SliceVal(s.arr, s.off, len + n, cap);
      return;
    }
    const newCap = grownCap(cap, len + n, size);
    allocate(m, newCap);
    const arr = new Array(newCap);
    for (let i = 0; i < len; i++) arr[i] = s!.arr[s!.off + i];
    for (let i = 0; i < n; i++) arr[len + i] = regs[a + 2 + i];
    for (let i = len + n; i < newCap; i++) arr[i] = zeroValue(elem);
    regs[a] = new SliceVal(arr, 0, len + n, newCap);
  };
}

const appendSliceNative: NativeFn = (m, _g, regs, a) => {
  const s = regs[a + 1] as SliceVal | null;
  const t = regs[a + 2] as SliceVal | string | null;
  const extra: unknown[] = t === null ? [] : typeof t === 'string' ? Array.from(t, (c) => c.charCodeAt(0)) : t.arr.slice(t.off, t.off + t.len);
  const len = s ? s.len : 0, cap = s ? s.cap : 0;
  if (extra.length === 0) {
    regs[a] = s;
    return;
  }
  if (s && len + extra.length <= cap) {
    extra.forEach((v, i) => (s.arr[s.off + len + i] = v));
    regs[a] = new SliceVal(s.arr, s.off, len + extra.length, cap);
    return;
  }
  const newCap = grownCap(cap, len + extra.length, 8);
  allocate(m, newCap);
  const arr = new Array(newCap).fill(0);
  for (let i = 0; i < len; i++) arr[i] = s!.arr[s!.off + i];
  extra.forEach((v, i) => (arr[len + i] = v));
  regs[a] = new SliceVal(arr, 0, len + extra.length, newCap);
};

function makeSliceNative(elem: Type): NativeFn {
  return (m, _g, regs, a) => {
    const len = regs[a + 1] as number;
    const cap = (regs[a + 2] as number | null) ?? len;
    if (len < 0) throw new GoPanic({ runtimeError: 'makeslice: len out of range' }, 'runtime error: makeslice: len out of range', true);
    if (cap < len) throw new GoPanic({ runtimeError: 'makeslice: cap out of range' }, 'runtime error: makeslice: cap out of range', true);
    allocate(m, cap);
    const arr = new Array(cap);
    for (let i = 0; i < cap; i++) arr[i] = zeroValue(elem);
    regs[a] = new SliceVal(arr, 0, len, cap);
  };
}

const copyNative: NativeFn = (_m, _g, regs, a) => {
  const d = regs[a + 1] as SliceVal | null;
  const s = regs[a + 2] as SliceVal | string | null;
  if (d === null || s === null) {
    regs[a] = 0;
    return;
  }
  const n = Math.min(d.len, typeof s === 'string' ? s.length : s.len);
  const tmp: unknown[] = [];
  for (let i = 0; i < n; i++) tmp.push(typeof s === 'string' ? s.charCodeAt(i) : s.arr[s.off + i]);
  for (let i = 0; i < n; i++) d.arr[d.off + i] = tmp[i];
  regs[a] = n;
};

/** Bytes per element, for growslice's size-class rounding (amd64 sizes). */
export function elemSize(t: Type): number {
  const u = under(t);
  switch (u.kind) {
    case 'Basic':
      switch (u.basic) {
        case 'bool': case 'int8': case 'uint8': return 1;
        case 'int16': case 'uint16': return 2;
        case 'int32': case 'uint32': case 'float32': return 4;
        case 'string': return 16;
        default: return 8;
      }
    case 'Struct':
      return Math.max(1, u.fields.reduce((s, f) => s + elemSize(f.type), 0));
    case 'Array':
      return Math.max(1, u.len * elemSize(u.elem));
    case 'Slice':
      return 24;
    case 'Interface':
      return 16;
    default:
      return 8;
  }
}
