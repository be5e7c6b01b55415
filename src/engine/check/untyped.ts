// Untyped operands: the type an untyped constant or value takes from its context (go/types
// implicitTypeAndValue, convertUntyped, matchTypes, updateExprType), and representability errors.
import type { Expr } from '../syntax/ast.ts';
import type { Checker } from './context.ts';
import type { ConstValue } from './constant-value.ts';
import { representable } from './constants.ts';
import { exprString } from './expr-string.ts';
import { comparisonOps } from './expr.ts';
import { isNilOperand, operandString, type Operand } from './operand.ts';
import { defaultType, hasNil, identical, isBoolean, isComplex, isFloat, isInteger, isNumeric, isString, isTyped, isUntyped } from './predicates.ts';
import { typeString } from './type-string.ts';
import { isInvalid, under, type Basic, type Type } from './types.ts';
import { Typ } from './universe.ts';

export function representableOperand(c: Checker, x: Operand, t: Basic): void {
  if (!x.value) return;
  const r = representable(x.value, t.basic);
  if (r.ok) {
    x.value = r.value;
    return;
  }
  invalidConversion(c, r.code, x, t);
  x.mode = 'invalid';
}

function invalidConversion(c: Checker, code: 'truncated' | 'overflow' | 'invalid', x: Operand, target: Type): void {
  const at = x.expr ?? { pos: 0, end: 0 };
  if (code === 'truncated') c.error('truncated', at, operandString(x), typeString(target));
  else if (code === 'overflow') c.error('overflows', at, operandString(x), typeString(target));
  else c.error('cannot_convert', at, operandString(x), typeString(target));
}

/** The larger of two untyped numeric kinds (int < rune < float < complex), or null. */
function maxType(x: Type, y: Type): Type | null {
  if (isNumeric(x) && isNumeric(y)) {
    const rank = (t: Type) => (isComplex(t) ? 4 : isFloat(t) ? 3 : (t as Basic).basic === 'untyped rune' ? 2 : 1);
    return rank(x) >= rank(y) ? x : y;
  }
  if (identical(x, y)) return x;
  return null;
}

/**
 * The type (and value) untyped x takes in a context of type target, or an error kind.
 * Mirrors go/types implicitTypeAndValue.
 */
export function implicitTypeAndValue(x: Operand, target: Type): { type: Type; value?: ConstValue } | { code: 'truncated' | 'overflow' | 'invalid' } {
  if (x.mode === 'invalid' || isTyped(x.type) || isInvalid(target)) return { type: x.type };
  if (isUntyped(target)) {
    const m = maxType(x.type, target);
    return m ? { type: m } : { code: 'invalid' };
  }
  const u = under(target);
  switch (u.kind) {
    case 'Basic': {
      if (x.mode === 'constant' && x.value) {
        const r = representable(x.value, u.basic);
        if (!r.ok) {
          if (isNumeric(x.type) && isNumeric(u)) return { code: !isInteger(x.type) && isInteger(u) ? 'truncated' : 'overflow' };
          return { code: 'invalid' };
        }
        return { type: target, value: r.value };
      }
      const k = (x.type as Basic).basic;
      if (k === 'untyped bool' && !isBoolean(u)) return { code: 'invalid' };
      if ((k === 'untyped int' || k === 'untyped rune' || k === 'untyped float' || k === 'untyped complex') && !isNumeric(u)) return { code: 'invalid' };
      if (k === 'untyped string' && !isString(u)) return { code: 'invalid' };
      if (k === 'untyped nil') return hasNil(u) ? { type: Typ.untypedNil } : { code: 'invalid' };
      return { type: target };
    }
    case 'Interface':
      // types2 gives nil the type of its context (so `nil < e` is "not defined on interface").
      if (isNilOperand(x)) return { type: target };
      if (u.methods.length > 0 || u.embeddeds.length > 0) return { code: 'invalid' };
      return { type: defaultType(x.type) };
    case 'Pointer': case 'Signature': case 'Slice': case 'Map': case 'Chan':
      return isNilOperand(x) ? { type: target } : { code: 'invalid' };
    default:
      return { code: 'invalid' };
  }
}

/** Converts untyped x to target (reporting as go/types convertUntyped does). */
export function convertUntyped(c: Checker, x: Operand, target: Type): void {
  const r = implicitTypeAndValue(x, target);
  if ('code' in r) {
    invalidConversion(c, r.code, x, under(target));
    x.mode = 'invalid';
    return;
  }
  setFinalType(c, x, r.type, r.value);
}

/** Records the type an untyped operand ends up with (and its converted constant value). */
export function setFinalType(c: Checker, x: Operand, t: Type, v?: ConstValue): void {
  if (v) x.value = v;
  if (t !== x.type) {
    x.type = t;
    if (x.expr) {
      updateExprType(c, x.expr, t, true);
      const tv = c.info.types.get(x.expr);
      if (tv && v) tv.value = v;
    }
  }
}

/**
 * Gives an untyped expression (and its untyped operands, recursively) its final type, as go/types
 * updateExprType does. This is where a delayed non-constant shift `1 << n` learns that its operand
 * must be an integer of the context's type.
 */
function updateExprType(c: Checker, e: Expr, t: Type, final: boolean): void {
  const tv = c.info.types.get(e);
  if (!tv || !isUntyped(tv.type)) return;
  switch (e.kind) {
    case 'ParenExpr':
      updateExprType(c, e.x, t, final);
      break;
    case 'UnaryExpr':
      if (tv.mode !== 'constant' && e.op !== 'NOT') updateExprType(c, e.x, t, final);
      break;
    case 'BinaryExpr':
      if (tv.mode === 'constant') break;
      if (comparisonOps.has(e.op)) break; // operands keep their own types
      if (e.op === 'SHL' || e.op === 'SHR') updateExprType(c, e.x, t, final);
      else {
        updateExprType(c, e.x, t, final);
        updateExprType(c, e.y, t, final);
      }
      break;
    default:
      break;
  }
  if (!final && isUntyped(t)) {
    tv.type = under(t);
    return;
  }
  const shiftLhs = c.untypedShifts.get(e);
  if (shiftLhs && isTyped(t) && !isInteger(t)) {
    c.error('shifted_operand_type', shiftLhs, exprString(shiftLhs), typeString(t));
    tv.mode = 'invalid';
    return;
  }
  tv.type = t;
  if (isTyped(t)) c.info.conversions.set(e, t);
}

export function matchTypes(c: Checker, x: Operand, y: Operand): void {
  const mayConvert = (): boolean => {
    if (isTyped(x.type) && isTyped(y.type)) return false;
    // An untyped operand paired with an interface takes its default type (go/types matchTypes).
    if (under(x.type).kind === 'Interface' || under(y.type).kind === 'Interface') return true;
    if (isBoolean(x.type) !== isBoolean(y.type)) return false;
    if (isString(x.type) !== isString(y.type)) return false;
    if (isNilOperand(x)) return hasNil(y.type);
    if (isNilOperand(y)) return hasNil(x.type);
    if (under(x.type).kind === 'Pointer' || under(y.type).kind === 'Pointer') return false;
    return true;
  };
  if (!mayConvert()) return;
  convertUntyped(c, x, y.type);
  if (x.mode === 'invalid') return;
  convertUntyped(c, y, x.type);
  if (y.mode === 'invalid') x.mode = 'invalid';
}

