// Shifts `x << s` and `x >> s`: integer operands, constant shifts, and the delayed typing of a
// non-constant shift of an untyped constant (its type comes from the context, see untyped.ts).
import type { BinaryExpr } from '../syntax/ast.ts';
import type { TokenKind } from '../syntax/token.ts';
import type { Checker } from './context.ts';
import { shift, toInt } from './constants.ts';
import { overflow } from './expr.ts';
import { invalidOperand, isInvalidOperand, operandString, type Operand } from './operand.ts';
import { isInteger, isUntyped } from './predicates.ts';
import { Typ } from './universe.ts';
import { representableOperand, setFinalType } from './untyped.ts';


export function shiftOp(c: Checker, x: Operand, y: Operand, op: TokenKind, e: BinaryExpr | null): Operand {
  // The shifted operand must be an integer (an untyped constant must be integral).
  if (x.mode === 'constant' && x.value && isUntyped(x.type)) {
    if (toInt(x.value) === null) {
      c.error('invalid_shift', x.expr ?? { pos: 0, end: 0 }, operandString(x));
      return invalidOperand(e);
    }
  } else if (!isInteger(x.type)) {
    c.error('invalid_shift', x.expr ?? { pos: 0, end: 0 }, operandString(x));
    return invalidOperand(e);
  }
  if (y.mode === 'constant' && y.value) {
    const s = toInt(y.value);
    if (s !== null && s < 0n) {
      c.error('negative_shift_count', y.expr ?? { pos: 0, end: 0 }, operandString(y));
      return invalidOperand(e);
    }
    // An untyped constant count must be representable as a uint ("70.5 … truncated to uint").
    if (isUntyped(y.type)) {
      representableOperand(c, y, Typ.uint);
      if (isInvalidOperand(y)) return invalidOperand(e);
    }
    if (s === null) {
      c.error('invalid_shift_count', y.expr ?? { pos: 0, end: 0 }, operandString(y));
      return invalidOperand(e);
    }
    if (isUntyped(y.type)) setFinalType(c, y, Typ.uint);
    if (x.mode === 'constant' && x.value) {
      if (s > 10000n) {
        c.error('invalid_shift_count', y.expr ?? { pos: 0, end: 0 }, operandString(y));
        return invalidOperand(e);
      }
      const t = isUntyped(x.type) && !isInteger(x.type) ? Typ.untypedInt : x.type;
      const r: Operand = { mode: 'constant', type: t, value: shift(x.value, op, Number(s)), expr: e ?? x.expr };
      overflow(c, r, e ? e.opPos : 0);
      return r;
    }
  } else if (!isInteger(y.type)) {
    c.error('invalid_shift_count', y.expr ?? { pos: 0, end: 0 }, operandString(y));
    return invalidOperand(e);
  }
  // A non-constant shift of an untyped constant takes its type from the context: stay untyped and
  // let updateExprType check that the final type is an integer.
  if (isUntyped(x.type) && e) {
    c.untypedShifts.set(e, e.x);
    return { mode: 'value', type: x.type.kind === 'Basic' && x.type.basic === 'untyped float' ? Typ.untypedFloat : x.type, expr: e };
  }
  return { mode: 'value', type: x.type, expr: e ?? x.expr };
}

