// Packages slices, sort and cmp: searching, sorting (with Go comparators and sort.Interface
// methods called on the VM through calls-op.ts) and the in-place edits Go 1.23 makes.
import { under, type Signature, type Type } from '../../check/types.ts';
import { GoPanic } from '../../vm/faults.ts';
import type { NativeFn } from '../../vm/native.ts';
import { nilDeref } from '../../vm/runtime-errors.ts';
import { SliceVal } from '../values/slice.ts';
import { Iface } from '../values/iface.ts';
import { goEqual } from '../../compile/value-natives.ts';
import { zeroValue } from '../../compile/types-rt.ts';
import { callingOp, insertionSort, type CallingGen } from './calls-op.ts';
import type { MethodResolver } from './fmt-methods.ts';

type Maker = (sig: Signature, ctx: MethodResolver | null) => NativeFn;

const items = (s: SliceVal | null): unknown[] => (s === null ? [] : s.arr.slice(s.off, s.off + s.len));
const fresh = (xs: unknown[]) => new SliceVal(xs, 0, xs.length, xs.length);
const elemOf = (sig: Signature, i = 0): Type => (under(sig.params.vars[i].type) as { elem: Type }).elem;

/** cmp.Compare for ordered values: numbers numerically (NaN first), strings bytewise. */
export function compareOrdered(x: unknown, y: unknown): number {
  if (typeof x === 'number' && typeof y === 'number') {
    if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : -1;
    if (Number.isNaN(y)) return 1;
  }
  return (x as number) < (y as number) ? -1 : (x as number) > (y as number) ? 1 : 0;
}

/** A call of a Go func value with its first result as the answer. */
function* call(fn: unknown, args: unknown[]): CallingGen<unknown> {
  const r = yield { fn, args };
  return r[0];
}

function* swapElems(s: SliceVal, i: number, j: number): CallingGen<void> {
  const t = s.arr[s.off + i];
  s.arr[s.off + i] = s.arr[s.off + j];
  s.arr[s.off + j] = t;
}

/** Sorting of a slice in place by a Go comparator: `byIndex` passes indices (sort.Slice), else elements (slices.SortFunc). */
function sortBy(byIndex: boolean): NativeFn {
  return (_m, _g, regs, a) => {
    // sort.Slice takes the slice as an `any`.
    const x = regs[a + 1];
    const s = (x instanceof Iface ? x.v : x) as SliceVal | null;
    const f = regs[a + 2];
    if (s === null || s.len < 2) return;
    if (f === null) throw nilDeref();
    const less = function* (i: number, j: number): CallingGen<boolean> {
      if (byIndex) return (yield* call(f, [i, j])) === true;
      return ((yield* call(f, [s.arr[s.off + i], s.arr[s.off + j]])) as number) < 0;
    };
    return callingOp(insertionSort(s.len, less, (i, j) => swapElems(s, i, j)));
  };
}

/** sort.Sort and sort.Stable over a sort.Interface: its Len, Less and Swap methods run on the VM. */
function sortInterface(ctx: MethodResolver | null): NativeFn {
  return (_m, _g, regs, a) => {
    const v = regs[a + 1] as Iface | null;
    if (v === null || ctx === null) throw nilDeref();
    const method = (name: string) => {
      const found = ctx.methodFor(v.t, name);
      if (!found) throw nilDeref();
      return { fn: found.closure, recv: found.recvFromBoxed(v.v) };
    };
    const len = method('Len'), less = method('Less'), swap = method('Swap');
    const gen = function* (): CallingGen<void> {
      const n = (yield* call(len.fn, [len.recv])) as number;
      yield* insertionSort(n, function* (i, j) {
        return (yield* call(less.fn, [less.recv, i, j])) === true;
      }, function* (i, j) {
        yield* call(swap.fn, [swap.recv, i, j]);
      });
    };
    return callingOp(gen());
  };
}

function indexFunc(wantIndex: boolean): NativeFn {
  return (_m, _g, regs, a) => {
    const xs = items(regs[a + 1] as SliceVal | null);
    const f = regs[a + 2];
    const gen = function* (): CallingGen<number> {
      for (let i = 0; i < xs.length; i++) if ((yield* call(f, [xs[i]])) === true) return i;
      return -1;
    };
    return callingOp(gen(), (i) => [wantIndex ? i : i >= 0, null]);
  };
}

function extreme(name: string, sign: number): NativeFn {
  return (_m, _g, regs, a) => {
    const xs = items(regs[a + 1] as SliceVal | null);
    if (xs.length === 0) throw new GoPanic(`${name}: empty list`, `${name}: empty list`);
    regs[a] = xs.reduce((best, x) => (compareOrdered(x, best) * sign > 0 || (typeof x === 'number' && Number.isNaN(x)) ? x : best));
  };
}

const makers: Record<string, Maker> = {
  'slices.Contains': (sig) => (_m, _g, regs, a) => void (regs[a] = items(regs[a + 1] as SliceVal | null).some((x) => goEqual(elemOf(sig), x, regs[a + 2]))),
  'slices.Index': (sig) => (_m, _g, regs, a) => void (regs[a] = items(regs[a + 1] as SliceVal | null).findIndex((x) => goEqual(elemOf(sig), x, regs[a + 2]))),
  'slices.Equal': (sig) => (_m, _g, regs, a) => {
    const x = items(regs[a + 1] as SliceVal | null), y = items(regs[a + 2] as SliceVal | null);
    regs[a] = x.length === y.length && x.every((v, i) => goEqual(elemOf(sig), v, y[i]));
  },
  'slices.Clone': () => (_m, _g, regs, a) => {
    const s = regs[a + 1] as SliceVal | null;
    regs[a] = s === null ? null : fresh(items(s));
  },
  'slices.Reverse': () => (_m, _g, regs, a) => {
    const s = regs[a + 1] as SliceVal | null;
    if (s === null) return;
    items(s).reverse().forEach((v, i) => (s.arr[s.off + i] = v));
  },
  'slices.Sort': () => (_m, _g, regs, a) => {
    const s = regs[a + 1] as SliceVal | null;
    if (s === null) return;
    items(s).sort(compareOrdered).forEach((v, i) => (s.arr[s.off + i] = v));
  },
  'slices.IsSorted': () => (_m, _g, regs, a) => {
    const xs = items(regs[a + 1] as SliceVal | null);
    regs[a] = xs.every((x, i) => i === 0 || compareOrdered(xs[i - 1], x) <= 0);
  },
  'slices.BinarySearch': () => (_m, _g, regs, a) => {
    const xs = items(regs[a + 1] as SliceVal | null);
    let lo = 0, hi = xs.length;
    while (lo < hi) {
      const h = (lo + hi) >>> 1;
      if (compareOrdered(xs[h], regs[a + 2]) < 0) lo = h + 1;
      else hi = h;
    }
    regs[a] = lo;
    regs[a + 1] = lo < xs.length && compareOrdered(xs[lo], regs[a + 2]) === 0;
  },
  'slices.Max': () => extreme('slices.Max', 1),
  'slices.Min': () => extreme('slices.Min', -1),
  // Compact and Delete work in place and zero the elements they drop (Go 1.22+).
  'slices.Compact': (sig) => (_m, _g, regs, a) => {
    const s = regs[a + 1] as SliceVal | null;
    if (s === null) return void (regs[a] = null);
    const xs = items(s);
    const kept = xs.filter((x, i) => i === 0 || !goEqual(elemOf(sig), x, xs[i - 1]));
    kept.forEach((v, i) => (s.arr[s.off + i] = v));
    for (let i = kept.length; i < xs.length; i++) s.arr[s.off + i] = zeroValue(elemOf(sig));
    regs[a] = new SliceVal(s.arr, s.off, kept.length, s.cap);
  },
  'slices.Delete': (sig) => (_m, _g, regs, a) => {
    const s = regs[a + 1] as SliceVal | null;
    const i = regs[a + 2] as number, j = regs[a + 3] as number;
    const n = s === null ? 0 : s.len;
    if (i < 0 || j > n || i > j) throw new GoPanic({ runtimeError: `slice bounds out of range [${i}:${j}]` }, `runtime error: slice bounds out of range [${i}:${j}]`, true);
    if (s === null) return void (regs[a] = null);
    const xs = items(s);
    const kept = [...xs.slice(0, i), ...xs.slice(j)];
    kept.forEach((v, k) => (s.arr[s.off + k] = v));
    for (let k = kept.length; k < xs.length; k++) s.arr[s.off + k] = zeroValue(elemOf(sig));
    regs[a] = new SliceVal(s.arr, s.off, kept.length, s.cap);
  },
  'slices.Insert': () => (_m, _g, regs, a) => {
    const xs = items(regs[a + 1] as SliceVal | null);
    const i = regs[a + 2] as number;
    if (i < 0 || i > xs.length) throw new GoPanic({ runtimeError: `slice bounds out of range [${i}:${xs.length}]` }, `runtime error: slice bounds out of range [${i}:${xs.length}]`, true);
    regs[a] = fresh([...xs.slice(0, i), ...items(regs[a + 3] as SliceVal | null), ...xs.slice(i)]);
  },
  'slices.SortFunc': () => sortBy(false),
  'slices.SortStableFunc': () => sortBy(false),
  'slices.IndexFunc': () => indexFunc(true),
  'slices.ContainsFunc': () => indexFunc(false),
  'sort.Slice': () => sortBy(true),
  'sort.SliceStable': () => sortBy(true),
  'sort.Sort': (_sig, ctx) => sortInterface(ctx),
  'sort.Stable': (_sig, ctx) => sortInterface(ctx),
  'sort.IntsAreSorted': () => (_m, _g, regs, a) => {
    const xs = items(regs[a + 1] as SliceVal | null);
    regs[a] = xs.every((x, i) => i === 0 || compareOrdered(xs[i - 1], x) <= 0);
  },
  'sort.StringsAreSorted': () => (_m, _g, regs, a) => {
    const xs = items(regs[a + 1] as SliceVal | null);
    regs[a] = xs.every((x, i) => i === 0 || compareOrdered(xs[i - 1], x) <= 0);
  },
  'sort.SearchInts': () => searchSorted,
  'sort.SearchStrings': () => searchSorted,
  'strings.Compare': () => (_m, _g, regs, a) => void (regs[a] = compareOrdered(regs[a + 1], regs[a + 2])),
  'cmp.Compare': () => (_m, _g, regs, a) => void (regs[a] = compareOrdered(regs[a + 1], regs[a + 2])),
  'cmp.Less': () => (_m, _g, regs, a) => void (regs[a] = compareOrdered(regs[a + 1], regs[a + 2]) < 0),
};

/** The first index whose element is >= x (sort.SearchInts / SearchStrings). */
const searchSorted: NativeFn = (_m, _g, regs, a) => {
  const xs = items(regs[a + 1] as SliceVal | null);
  let i = 0;
  while (i < xs.length && compareOrdered(xs[i], regs[a + 2]) < 0) i++;
  regs[a] = i;
};

/** The native for a slices/sort/cmp function, specialised to its instantiated signature; undefined if not modelled. */
export function slicesNative(key: string, sig: Signature, ctx: MethodResolver | null): NativeFn | undefined {
  return makers[key]?.(sig, ctx);
}
