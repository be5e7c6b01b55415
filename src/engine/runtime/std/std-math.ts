// Package math: the float64 functions teaching programs use (JavaScript's doubles are Go's float64).
import type { NativeFn } from '../../vm/native.ts';

const f1 = (fn: (x: number) => number): NativeFn => (_m, _g, regs, a) => void (regs[a] = fn(regs[a + 1] as number));
const f2 = (fn: (x: number, y: number) => number): NativeFn => (_m, _g, regs, a) => void (regs[a] = fn(regs[a + 1] as number, regs[a + 2] as number));

/** Go's Round: half away from zero (JavaScript's Math.round rounds half up). */
function round(x: number): number {
  if (!Number.isFinite(x)) return x;
  const r = Math.sign(x) * Math.round(Math.abs(x));
  return r === 0 ? (Object.is(x, -0) || x < 0 ? -0 : 0) : r;
}

/** Go's Max/Min: NaN wins, and +0 is greater than -0. */
function max(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0 && y === 0) return Object.is(x, -0) ? y : x;
  return x > y ? x : y;
}
function min(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === 0 && y === 0) return Object.is(x, -0) ? x : y;
  return x < y ? x : y;
}

export const mathNatives: Record<string, NativeFn> = {
  'math.Sqrt': f1(Math.sqrt),
  'math.Abs': f1(Math.abs),
  'math.Ceil': f1(Math.ceil),
  'math.Floor': f1(Math.floor),
  'math.Trunc': f1(Math.trunc),
  'math.Round': f1(round),
  'math.Log': f1(Math.log),
  'math.Log2': f1(Math.log2),
  'math.Log10': f1(Math.log10),
  'math.Exp': f1(Math.exp),
  'math.Sin': f1(Math.sin),
  'math.Cos': f1(Math.cos),
  'math.Tan': f1(Math.tan),
  'math.Cbrt': f1(Math.cbrt),
  'math.Pow': f2(Math.pow),
  'math.Hypot': f2(Math.hypot),
  'math.Mod': f2((x, y) => x % y),
  'math.Max': f2(max),
  'math.Min': f2(min),
  'math.NaN': (_m, _g, regs, a) => void (regs[a] = NaN),
  'math.Inf': (_m, _g, regs, a) => void (regs[a] = (regs[a + 1] as number) >= 0 ? Infinity : -Infinity),
  'math.IsNaN': (_m, _g, regs, a) => void (regs[a] = Number.isNaN(regs[a + 1])),
  'math.IsInf': (_m, _g, regs, a) => {
    const x = regs[a + 1] as number, sign = regs[a + 2] as number;
    regs[a] = (sign >= 0 && x === Infinity) || (sign <= 0 && x === -Infinity);
  },
  'math.Signbit': (_m, _g, regs, a) => void (regs[a] = (regs[a + 1] as number) < 0 || Object.is(regs[a + 1], -0)),
};
