// Integer semantics beyond + - *: Go's sized wrap-around and bitwise operators on exact doubles.
import { IntKind, Op } from './opcodes.ts';
import { Unsupported } from './faults.ts';
import { negativeShiftAmount } from './runtime-errors.ts';

type IntKindCode = (typeof IntKind)[keyof typeof IntKind];
const TWO32 = 4294967296;
const MAX_EXACT = 9007199254740991;

/** Go ints are 64-bit; the lab keeps them in doubles and refuses to print a wrong number past 2^53. */
export function intOverflow(op: string, x: unknown, y: unknown): Unsupported {
  return new Unsupported(
    `integer result of ${String(x)} ${op} ${String(y)} is beyond ±2^53, which Go Map Lab cannot represent exactly (Go would compute it with 64-bit wrap-around)`,
  );
}

/** Wraps an integer value to a sized Go integer type, as Go's conversion and arithmetic do. */
export function wrapInt(v: number, kind: IntKindCode): number {
  switch (kind) {
    case IntKind.int8:
      return (v << 24) >> 24;
    case IntKind.int16:
      return (v << 16) >> 16;
    case IntKind.int32:
      return v | 0 || 0;
    case IntKind.uint8:
      return v & 0xff;
    case IntKind.uint16:
      return v & 0xffff;
    case IntKind.uint32:
      return v >>> 0;
    case IntKind.int64:
      if (v > MAX_EXACT || v < -MAX_EXACT) throw new Unsupported(`int64 value ${v} is beyond ±2^53, which Go Map Lab cannot represent exactly`);
      return v;
    case IntKind.uint64:
      if (v < 0) {
        if (v < -MAX_EXACT) throw new Unsupported(`uint64 value ${v} is beyond 2^53, which Go Map Lab cannot represent exactly`);
        throw new Unsupported(`uint64 wrap-around of ${v} is beyond 2^53, which Go Map Lab cannot represent exactly`);
      }
      if (v > MAX_EXACT) throw new Unsupported(`uint64 value ${v} is beyond 2^53, which Go Map Lab cannot represent exactly`);
      return v;
  }
  return v;
}

/** Bitwise operators: exact for any value in ±2^53, via 32-bit halves when needed. */
export function bitwise(op: number, x: number, y: number): number {
  if (op === Op.SHL) {
    if (y < 0) throw negativeShift();
    if (y >= 64) return 0;
    const v = x * Math.pow(2, y);
    if (v > MAX_EXACT || v < -MAX_EXACT) throw new Unsupported(`${x} << ${y} is beyond ±2^53, which Go Map Lab cannot represent exactly`);
    return v;
  }
  if (op === Op.SHR) {
    if (y < 0) throw negativeShift();
    if (y >= 64) return x < 0 ? -1 : 0;
    return Math.floor(x / Math.pow(2, y));
  }
  if (x >= -2147483648 && x <= 2147483647 && y >= -2147483648 && y <= 2147483647) {
    switch (op) {
      case Op.AND: return x & y;
      case Op.OR: return x | y;
      case Op.XOR: return x ^ y;
      case Op.ANDNOT: return x & ~y;
    }
  }
  // Split into high and low 32-bit halves of the two's-complement 64-bit value.
  const xh = Math.floor(x / TWO32), xl = x - xh * TWO32;
  const yh = Math.floor(y / TWO32), yl = y - yh * TWO32;
  let h: number, l: number;
  switch (op) {
    case Op.AND: h = xh & yh; l = (xl & yl) >>> 0; break;
    case Op.OR: h = xh | yh; l = (xl | yl) >>> 0; break;
    case Op.XOR: h = xh ^ yh; l = (xl ^ yl) >>> 0; break;
    default: h = xh & ~yh; l = (xl & ~yl) >>> 0; break;
  }
  const v = h * TWO32 + l;
  if (v > MAX_EXACT || v < -MAX_EXACT) throw new Unsupported(`bitwise result beyond ±2^53, which Go Map Lab cannot represent exactly`);
  return v;
}

function negativeShift(): never {
  throw negativeShiftAmount();
}
