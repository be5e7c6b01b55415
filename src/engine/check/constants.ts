// Constant arithmetic and representability: exact integers with BigInt, floats as numbers.
//
// Go evaluates constant expressions exactly and then asks whether the result fits the operand
// type ("representable"). An integer constant that does not fit is an overflow; a float with a
// fractional part converted to an integer type is "truncated".
import { boolValue, floatValue, intValue, stringValue, unknownValue, type ConstValue } from './constant-value.ts';
import type { BasicKind } from './types.ts';
import type { TokenKind } from '../syntax/token.ts';

const intRanges: Partial<Record<BasicKind, [bigint, bigint]>> = {
  int8: [-(1n << 7n), (1n << 7n) - 1n],
  int16: [-(1n << 15n), (1n << 15n) - 1n],
  int32: [-(1n << 31n), (1n << 31n) - 1n],
  int64: [-(1n << 63n), (1n << 63n) - 1n],
  int: [-(1n << 63n), (1n << 63n) - 1n],
  uint8: [0n, (1n << 8n) - 1n],
  uint16: [0n, (1n << 16n) - 1n],
  uint32: [0n, (1n << 32n) - 1n],
  uint64: [0n, (1n << 64n) - 1n],
  uint: [0n, (1n << 64n) - 1n],
  uintptr: [0n, (1n << 64n) - 1n],
};

/** Bit size of the unsigned kinds (for `^x` on typed unsigned constants). */
export function unsignedBits(kind: BasicKind): number {
  switch (kind) {
    case 'uint8': return 8;
    case 'uint16': return 16;
    case 'uint32': return 32;
    default: return 64;
  }
}

export type ReprResult = { ok: true; value: ConstValue } | { ok: false; code: 'truncated' | 'overflow' | 'invalid' };

/** Integer-valued as a BigInt, or null (for a float with a fraction, or a non-number). */
export function toInt(v: ConstValue): bigint | null {
  if (v.kind === 'int') return v.value;
  if (v.kind === 'float' && Number.isFinite(v.value) && Number.isInteger(v.value)) return BigInt(v.value);
  if (v.kind === 'complex' && v.im === 0 && Number.isInteger(v.re)) return BigInt(v.re);
  return null;
}

export function toFloat(v: ConstValue): number | null {
  if (v.kind === 'int') return Number(v.value);
  if (v.kind === 'float') return v.value;
  if (v.kind === 'complex' && v.im === 0) return v.re;
  return null;
}

function isNumber(v: ConstValue): boolean {
  return v.kind === 'int' || v.kind === 'float' || v.kind === 'complex';
}

/** Whether constant v can be a value of basic kind `kind` (and its value in that kind's representation). */
export function representable(v: ConstValue, kind: BasicKind): ReprResult {
  if (v.kind === 'unknown') return { ok: true, value: v };
  const range = intRanges[kind];
  if (range || kind === 'untyped int' || kind === 'untyped rune') {
    if (!isNumber(v)) return { ok: false, code: 'invalid' };
    const i = toInt(v);
    if (i === null) return { ok: false, code: 'truncated' };
    if (range && (i < range[0] || i > range[1])) return { ok: false, code: 'overflow' };
    return { ok: true, value: intValue(i) };
  }
  switch (kind) {
    case 'float32': case 'float64': case 'untyped float': {
      if (!isNumber(v)) return { ok: false, code: 'invalid' };
      const f = toFloat(v);
      if (f === null) return { ok: false, code: 'truncated' };
      const max = kind === 'float32' ? 3.4028234663852886e38 : Number.MAX_VALUE;
      if (!Number.isFinite(f) || Math.abs(f) > max) return { ok: false, code: 'overflow' };
      // Untyped float constants keep an exact integer value (so 1<<62 stays exact).
      if (kind === 'untyped float' && v.kind === 'int') return { ok: true, value: v };
      return { ok: true, value: floatValue(kind === 'float32' ? Math.fround(f) : f) };
    }
    case 'complex64': case 'complex128': case 'untyped complex':
      if (!isNumber(v)) return { ok: false, code: 'invalid' };
      return { ok: true, value: v };
    case 'string': case 'untyped string':
      return v.kind === 'string' ? { ok: true, value: v } : { ok: false, code: 'invalid' };
    case 'bool': case 'untyped bool':
      return v.kind === 'bool' ? { ok: true, value: v } : { ok: false, code: 'invalid' };
    default:
      return { ok: false, code: 'invalid' };
  }
}

/** Unary + - ^ ! on a constant; `bits` is the size of an unsigned type for ^ (0 for signed/untyped). */
export function unaryOp(op: TokenKind, v: ConstValue, bits: number): ConstValue {
  if (v.kind === 'unknown') return v;
  switch (op) {
    case 'ADD':
      return v;
    case 'SUB':
      if (v.kind === 'int') return intValue(-v.value);
      if (v.kind === 'float') return floatValue(-v.value);
      if (v.kind === 'complex') return { kind: 'complex', re: -v.re, im: -v.im };
      return unknownValue;
    case 'XOR':
      if (v.kind !== 'int') return unknownValue;
      if (bits > 0) return intValue(~v.value & ((1n << BigInt(bits)) - 1n));
      return intValue(~v.value);
    case 'NOT':
      return v.kind === 'bool' ? boolValue(!v.value) : unknownValue;
    default:
      return unknownValue;
  }
}

/** Binary operation on two constants of the same (converted) type; `integer` selects integer division. */
export function binaryOp(x: ConstValue, op: TokenKind, y: ConstValue, integer: boolean): ConstValue {
  if (x.kind === 'unknown' || y.kind === 'unknown') return unknownValue;
  if (x.kind === 'string' && y.kind === 'string') return op === 'ADD' ? stringValue(x.value + y.value) : unknownValue;
  if (x.kind === 'bool' && y.kind === 'bool') {
    if (op === 'LAND') return boolValue(x.value && y.value);
    if (op === 'LOR') return boolValue(x.value || y.value);
    return unknownValue;
  }
  if (x.kind === 'complex' || y.kind === 'complex') return complexOp(x, op, y);
  const xi = toInt(x);
  const yi = toInt(y);
  if (x.kind === 'int' && y.kind === 'int' || (integer && xi !== null && yi !== null)) {
    const a = xi as bigint;
    const b = yi as bigint;
    switch (op) {
      case 'ADD': return intValue(a + b);
      case 'SUB': return intValue(a - b);
      case 'MUL': return intValue(a * b);
      case 'QUO':
        if (b === 0n) return unknownValue;
        if (integer || a % b === 0n) return intValue(a / b);
        return floatValue(Number(a) / Number(b));
      case 'REM': return b === 0n ? unknownValue : intValue(a % b);
      case 'AND': return intValue(a & b);
      case 'OR': return intValue(a | b);
      case 'XOR': return intValue(a ^ b);
      case 'AND_NOT': return intValue(a & ~b);
      default: return unknownValue;
    }
  }
  const a = toFloat(x);
  const b = toFloat(y);
  if (a === null || b === null) return unknownValue;
  switch (op) {
    case 'ADD': return floatValue(a + b);
    case 'SUB': return floatValue(a - b);
    case 'MUL': return floatValue(a * b);
    case 'QUO': return b === 0 ? unknownValue : floatValue(a / b);
    default: return unknownValue;
  }
}

/** `x << s` / `x >> s` on an integer constant. Shift counts above 10000 are rejected by the caller. */
export function shift(x: ConstValue, op: TokenKind, s: number): ConstValue {
  const i = toInt(x);
  if (i === null) return unknownValue;
  return intValue(op === 'SHL' ? i << BigInt(s) : i >> BigInt(s));
}

export function compare(x: ConstValue, op: TokenKind, y: ConstValue): boolean {
  let c: number;
  if (x.kind === 'string' && y.kind === 'string') c = x.value < y.value ? -1 : x.value > y.value ? 1 : 0;
  else if (x.kind === 'bool' && y.kind === 'bool') c = x.value === y.value ? 0 : 1;
  else {
    const xi = x.kind === 'int' ? x.value : null;
    const yi = y.kind === 'int' ? y.value : null;
    if (xi !== null && yi !== null) c = xi < yi ? -1 : xi > yi ? 1 : 0;
    else {
      const a = toFloat(x) ?? NaN;
      const b = toFloat(y) ?? NaN;
      c = a < b ? -1 : a > b ? 1 : 0;
    }
  }
  switch (op) {
    case 'EQL': return c === 0;
    case 'NEQ': return c !== 0;
    case 'LSS': return c < 0;
    case 'LEQ': return c <= 0;
    case 'GTR': return c > 0;
    case 'GEQ': return c >= 0;
    default: return false;
  }
}

export function isZero(v: ConstValue): boolean {
  if (v.kind === 'int') return v.value === 0n;
  if (v.kind === 'float') return v.value === 0;
  if (v.kind === 'complex') return v.re === 0 && v.im === 0;
  return false;
}

export function sign(v: ConstValue): number {
  const f = v.kind === 'int' ? (v.value < 0n ? -1 : v.value > 0n ? 1 : 0) : Math.sign(toFloat(v) ?? 0);
  return f;
}

function parts(v: ConstValue): [number, number] | null {
  if (v.kind === 'complex') return [v.re, v.im];
  const f = toFloat(v);
  return f === null ? null : [f, 0];
}

/** + - * / on complex constants (untyped complex arithmetic, e.g. `1 + 2i`). */
function complexOp(x: ConstValue, op: TokenKind, y: ConstValue): ConstValue {
  const a = parts(x);
  const b = parts(y);
  if (!a || !b) return unknownValue;
  const [ar, ai] = a;
  const [br, bi] = b;
  switch (op) {
    case 'ADD': return { kind: 'complex', re: ar + br, im: ai + bi };
    case 'SUB': return { kind: 'complex', re: ar - br, im: ai - bi };
    case 'MUL': return { kind: 'complex', re: ar * br - ai * bi, im: ar * bi + ai * br };
    case 'QUO': {
      const d = br * br + bi * bi;
      if (d === 0) return unknownValue;
      return { kind: 'complex', re: (ar * br + ai * bi) / d, im: (ai * br - ar * bi) / d };
    }
    default: return unknownValue;
  }
}
