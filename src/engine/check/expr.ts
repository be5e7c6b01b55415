// Expressions: dispatch over expression kinds, unary and binary operators, comparisons, and the
// implicit conversion of untyped operands (go/types expr.go).
import type { BinaryExpr, Expr, UnaryExpr } from '../syntax/ast.ts';
import { tokenText, type TokenKind } from '../syntax/token.ts';
import type { Checker } from './context.ts';
import { boolValue, constString, unknownValue, type ConstValue } from './constant-value.ts';
import { binaryOp, compare, isZero, representable, shift, toInt, unaryOp, unsignedBits } from './constants.ts';
import { exprString } from './expr-string.ts';
import { ident } from './ident.ts';
import { literalValue } from './literals.ts';
import { invalidOperand, isNilOperand, operandString, type Operand, isInvalidOperand } from './operand.ts';
import {
  comparable, defaultType, hasNil, identical, isBoolean, isInteger, isNumeric, isOrdered, isString, isTyped,
  isUnsigned, isUntyped, isFloat, isComplex,
} from './predicates.ts';
import { assignableTo } from './assignability.ts';
import { typeString } from './type-string.ts';
import { invalidType, isInvalid, newPointer, under, type Basic, type Type } from './types.ts';
import { Typ } from './universe.ts';
import { callExpr } from './call.ts';
import { selector } from './selector.ts';
import { indexExpr, sliceExpr } from './index-expr.ts';
import { compositeLit } from './composite.ts';
import { funcLit } from './func-lit.ts';
import { typeAssert } from './type-assert.ts';
import { typExpr } from './typexpr.ts';

/** Evaluates e to an operand of any mode (value, type, builtin, no value) and records it. */
export function rawExpr(c: Checker, e: Expr, hint: Type | null, allowGeneric = false): Operand {
  void allowGeneric;
  const x = exprInternal(c, e, hint);
  // An operand whose type is invalid (after an earlier error) is itself invalid: no follow-on errors.
  if (x.mode !== 'typexpr' && x.mode !== 'builtin' && x.mode !== 'novalue' && isInvalid(x.type)) x.mode = 'invalid';
  if (x.mode === 'invalid') x.type = invalidType;
  c.record(e, x);
  return x;
}

/** Evaluates e as a single value (not a type, builtin, or no-value call). */
export function expr(c: Checker, e: Expr, hint: Type | null = null): Operand {
  const x = rawExpr(c, e, hint);
  exclude(c, x, true);
  singleValue(c, x);
  return x;
}

/** Evaluates e as a value or a type (for conversions and composite literal contexts). */
export function exprOrType(c: Checker, e: Expr): Operand {
  const x = rawExpr(c, e, null);
  exclude(c, x, false);
  singleValue(c, x);
  return x;
}

/** Evaluates e allowing a multi-value result (a call returning a tuple). */
export function multiExpr(c: Checker, e: Expr): Operand[] {
  const x = rawExpr(c, e, null);
  exclude(c, x, true);
  if (x.mode !== 'invalid' && x.type.kind === 'Tuple') {
    return x.type.vars.map((v) => ({ mode: 'value', type: v.type, expr: e }));
  }
  return [x];
}

export function exclude(c: Checker, x: Operand, noTypes: boolean): void {
  if (x.mode === 'novalue') c.error('no_value_used', x.expr ?? { pos: 0, end: 0 }, operandString(x));
  else if (x.mode === 'builtin') c.error('builtin_not_called', x.expr ?? { pos: 0, end: 0 }, operandString(x));
  else if (x.mode === 'typexpr' && noTypes) c.error('not_an_expr', x.expr ?? { pos: 0, end: 0 }, operandString(x));
  else return;
  x.mode = 'invalid';
  x.type = invalidType;
}

export function singleValue(c: Checker, x: Operand): void {
  if (x.mode !== 'invalid' && x.type.kind === 'Tuple' && x.mode !== 'typexpr') {
    c.error('multi_value_single_context', x.expr ?? { pos: 0, end: 0 }, operandString(x));
    x.mode = 'invalid';
    x.type = invalidType;
  }
}

function exprInternal(c: Checker, e: Expr, hint: Type | null): Operand {
  switch (e.kind) {
    case 'BadExpr':
      return invalidOperand(e);
    case 'Ident':
      return ident(c, e, false);
    case 'BasicLit': {
      const t = e.litKind === 'INT' ? Typ.untypedInt : e.litKind === 'FLOAT' ? Typ.untypedFloat : e.litKind === 'IMAG'
        ? Typ.untypedComplex : e.litKind === 'CHAR' ? Typ.untypedRune : Typ.untypedString;
      const v = literalValue(e);
      return { mode: 'constant', type: t, value: v, expr: e };
    }
    case 'FuncLit':
      return funcLit(c, e);
    case 'CompositeLit':
      return compositeLit(c, e, hint);
    case 'ParenExpr': {
      const x = rawExpr(c, e.x, hint);
      return { ...x, expr: e };
    }
    case 'SelectorExpr':
      return selector(c, e);
    case 'IndexExpr':
      return indexExpr(c, e);
    case 'SliceExpr':
      return sliceExpr(c, e);
    case 'TypeAssertExpr':
      return typeAssert(c, e);
    case 'CallExpr':
      return callExpr(c, e);
    case 'StarExpr': {
      const x = rawExpr(c, e.x, null);
      if (x.mode === 'invalid') return invalidOperand(e);
      if (x.mode === 'typexpr') return { mode: 'typexpr', type: newPointer(x.type), expr: e };
      exclude(c, x, true);
      singleValue(c, x);
      if (isInvalidOperand(x)) return invalidOperand(e);
      if (isNilOperand(x)) {
        c.error('cannot_indirect', x.expr ?? e, 'nil');
        return invalidOperand(e);
      }
      const u = under(x.type);
      if (u.kind !== 'Pointer') {
        c.error('cannot_indirect', x.expr ?? e, operandString(x));
        return invalidOperand(e);
      }
      return { mode: 'variable', type: u.elem, expr: e };
    }
    case 'UnaryExpr':
      return unary(c, e, hint);
    case 'BinaryExpr':
      return binary(c, e);
    case 'KeyValueExpr':
      c.error('not_an_expr', e, exprString(e));
      return invalidOperand(e);
    case 'Ellipsis':
      return invalidOperand(e);
    case 'ArrayType': case 'StructType': case 'FuncType': case 'InterfaceType': case 'MapType': case 'ChanType':
      return { mode: 'typexpr', type: typExpr(c, e), expr: e };
  }
}

// ---------------------------------------------------------------- unary

function unary(c: Checker, e: UnaryExpr, hint: Type | null): Operand {
  if (e.op === 'AND') {
    // &T{…} takes its element type hint from a *T context.
    const inner = stripParens(e.x);
    const h = hint && under(hint).kind === 'Pointer' ? (under(hint) as { elem: Type }).elem : null;
    const x = expr(c, e.x, h);
    if (x.mode === 'invalid') return invalidOperand(e);
    if (inner.kind !== 'CompositeLit' && x.mode !== 'variable') {
      c.error('cannot_take_address', e.x, operandString(x));
      return invalidOperand(e);
    }
    return { mode: 'value', type: newPointer(x.type), expr: e };
  }
  const x = expr(c, e.x);
  if (x.mode === 'invalid') return invalidOperand(e);
  if (e.op === 'ARROW') {
    const u = under(x.type);
    if (u.kind !== 'Chan') {
      c.error('receive_from_non_chan', e.x, operandString(x));
      return invalidOperand(e);
    }
    if (u.dir === 'send') {
      c.error('receive_from_send_only', e.x, operandString(x));
      return invalidOperand(e);
    }
    return { mode: 'commaok', type: u.elem, expr: e };
  }
  const ok = e.op === 'ADD' || e.op === 'SUB' ? isNumeric(x.type) : e.op === 'XOR' ? isInteger(x.type) : e.op === 'NOT' ? isBoolean(x.type) : false;
  if (!ok) {
    c.error('op_not_defined', e.x, tokenText(e.op), operandString(x));
    return invalidOperand(e);
  }
  if (x.mode === 'constant' && x.value) {
    const bits = isUnsigned(x.type) ? unsignedBits((under(x.type) as Basic).basic) : 0;
    const r: Operand = { mode: 'constant', type: x.type, value: unaryOp(e.op, x.value, bits), expr: e };
    overflow(c, r, e.opPos);
    return r;
  }
  return { mode: 'value', type: x.type, expr: e };
}

function stripParens(e: Expr): Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}

// ---------------------------------------------------------------- binary

const comparisonOps = new Set<TokenKind>(['EQL', 'NEQ', 'LSS', 'LEQ', 'GTR', 'GEQ']);

function binary(c: Checker, e: BinaryExpr): Operand {
  const x = expr(c, e.x);
  const y = expr(c, e.y);
  if (x.mode === 'invalid') return invalidOperand(e);
  if (y.mode === 'invalid') return invalidOperand(e);
  return binaryOperands(c, x, y, e.op, e, e.opPos);
}

/** Applies op to two evaluated operands; `e` is the whole expression (null for `x op= y`). */
export function binaryOperands(c: Checker, x: Operand, y: Operand, op: TokenKind, e: BinaryExpr | null, opPos: number): Operand {
  const whole = (): string => (e ? exprString(e) : `${x.expr ? exprString(x.expr) : ''} ${tokenText(op)}= ${y.expr ? exprString(y.expr) : ''}`);
  if (op === 'SHL' || op === 'SHR') return shiftOp(c, x, y, op, e);
  matchTypes(c, x, y);
  if (x.mode === 'invalid' || y.mode === 'invalid') return invalidOperand(e);
  if (comparisonOps.has(op)) return comparison(c, x, y, op, e, false);
  if (!identical(x.type, y.type)) {
    if (!isInvalid(x.type) && !isInvalid(y.type)) {
      if (e) c.error('mismatched_types', x.expr ?? e, whole(), typeString(x.type), typeString(y.type));
      else c.error('mismatched_types', x.expr ?? { pos: opPos, end: opPos }, whole(), typeString(x.type), typeString(y.type));
    }
    return invalidOperand(e);
  }
  const t = x.type;
  let ok: boolean;
  switch (op) {
    case 'ADD': ok = isNumeric(t) || isString(t); break;
    case 'SUB': case 'MUL': case 'QUO': ok = isNumeric(t); break;
    case 'REM': case 'AND': case 'OR': case 'XOR': case 'AND_NOT': ok = isInteger(t); break;
    case 'LAND': case 'LOR': ok = isBoolean(t); break;
    default: ok = false;
  }
  if (!ok) {
    c.error('op_not_defined', x.expr ?? { pos: opPos, end: opPos }, tokenText(op), operandString(x));
    return invalidOperand(e);
  }
  if ((op === 'QUO' || op === 'REM') && (x.mode === 'constant' || isInteger(x.type)) && y.mode === 'constant' && y.value && isZero(y.value)) {
    c.error('division_by_zero', y.expr ?? { pos: opPos, end: opPos });
    return invalidOperand(e);
  }
  if (x.mode === 'constant' && y.mode === 'constant' && x.value && y.value) {
    const v = binaryOp(x.value, op, y.value, isInteger(x.type));
    const r: Operand = { mode: 'constant', type: x.type, value: v, expr: e ?? x.expr };
    overflow(c, r, opPos);
    return r;
  }
  return { mode: 'value', type: x.type, expr: e ?? x.expr };
}

/** After a constant operation: typed constants must stay representable in their type. */
export function overflow(c: Checker, x: Operand, opPos: number): void {
  if (!x.value) return;
  if (x.value.kind === 'unknown') return;
  if (isTyped(x.type)) {
    const u = under(x.type);
    if (u.kind === 'Basic') representableOperand(c, x, u);
    return;
  }
  if (x.value.kind === 'int' && (x.value.value < 0n ? -x.value.value : x.value.value).toString(2).length > 512) {
    c.error('const_overflow', { pos: opPos, end: opPos }, '');
    x.value = unknownValue;
  }
}

/** Converts constant x to basic type t, reporting "truncated"/"overflows"/"cannot convert". */
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
      if (isNilOperand(x)) return { type: Typ.untypedNil };
      if (u.methods.length > 0 || u.embeddeds.length > 0) return { code: 'invalid' };
      return { type: defaultType(x.type) };
    case 'Pointer': case 'Signature': case 'Slice': case 'Map': case 'Chan':
      return isNilOperand(x) ? { type: Typ.untypedNil } : { code: 'invalid' };
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

function matchTypes(c: Checker, x: Operand, y: Operand): void {
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

function kindString(t: Type): string {
  switch (under(t).kind) {
    case 'Array': return 'array';
    case 'Slice': return 'slice';
    case 'Struct': return 'struct';
    case 'Pointer': return 'pointer';
    case 'Signature': return 'func';
    case 'Interface': return 'interface';
    case 'Map': return 'map';
    case 'Chan': return 'chan';
    default: return typeString(t);
  }
}

function incomparableCause(t: Type): string {
  const u = under(t);
  if (u.kind === 'Slice' || u.kind === 'Signature' || u.kind === 'Map') return `${kindString(t)} can only be compared to nil`;
  if (u.kind === 'Struct') {
    const f = u.fields.find((f) => !comparable(f.type));
    if (f) return `struct containing ${typeString(f.type)} cannot be compared`;
  }
  if (u.kind === 'Array') return `${typeString(t)} cannot be compared`;
  return '';
}

/** Comparison x op y (or a switch case, where x is the case value and y the tag). */
export function comparison(c: Checker, x: Operand, y: Operand, op: TokenKind, e: BinaryExpr | null, switchCase: boolean): Operand {
  if (isInvalid(x.type) || isInvalid(y.type)) return invalidOperand(e);
  let errOp = x;
  let cause = '';
  let failed = false;
  if (!assignableTo(c, x, y.type).ok && !assignableTo(c, y, x.type).ok) {
    errOp = y;
    cause = `mismatched types ${typeString(x.type)} and ${typeString(y.type)}`;
    failed = true;
  } else if (op === 'EQL' || op === 'NEQ' || switchCase) {
    if (isNilOperand(x) || isNilOperand(y)) {
      const t = isNilOperand(x) ? y.type : x.type;
      if (!hasNil(t)) {
        errOp = y;
        failed = true;
      }
    } else if (!comparable(x.type)) {
      errOp = x;
      cause = incomparableCause(x.type);
      failed = true;
    } else if (!comparable(y.type)) {
      errOp = y;
      cause = incomparableCause(y.type);
      failed = true;
    }
  } else if (!isOrdered(x.type)) {
    errOp = x;
    failed = true;
  } else if (!isOrdered(y.type)) {
    errOp = y;
    failed = true;
  }
  if (failed) {
    if (!cause) cause = `operator ${tokenText(switchCase ? 'EQL' : op)} not defined on ${kindString(errOp.type)}`;
    if (switchCase) c.error('invalid_case', x.expr ?? { pos: 0, end: 0 }, x.expr ? exprString(x.expr) : '', y.expr ? exprString(y.expr) : '', cause);
    else c.error('comparison_invalid', errOp.expr ?? { pos: 0, end: 0 }, x.expr ? exprString(x.expr) : '', tokenText(op), y.expr ? exprString(y.expr) : '', cause);
    return invalidOperand(e);
  }
  if (x.mode === 'constant' && y.mode === 'constant' && x.value && y.value) {
    return { mode: 'constant', type: Typ.untypedBool, value: boolValue(compare(x.value, op, y.value)), expr: e };
  }
  setFinalType(c, x, defaultType(x.type));
  setFinalType(c, y, defaultType(y.type));
  return { mode: 'value', type: Typ.untypedBool, expr: e };
}

// ---------------------------------------------------------------- shifts

function shiftOp(c: Checker, x: Operand, y: Operand, op: TokenKind, e: BinaryExpr | null): Operand {
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
    if (s === null || (isUntyped(y.type) && !isNumeric(y.type))) {
      c.error('invalid_shift_count', y.expr ?? { pos: 0, end: 0 }, operandString(y));
      return invalidOperand(e);
    }
    if (s < 0n) {
      c.error('negative_shift_count', y.expr ?? { pos: 0, end: 0 }, operandString(y));
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

export { constString };
