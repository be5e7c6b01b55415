// Expressions: dispatch over expression kinds, unary and binary operators, comparisons, and the
// implicit conversion of untyped operands (go/types expr.go).
import type { BinaryExpr, Expr, UnaryExpr } from '../syntax/ast.ts';
import { tokenText, type TokenKind } from '../syntax/token.ts';
import { callExpr } from './call.ts';
import { comparison } from './comparison.ts';
import { compositeLit } from './composite.ts';
import { unknownValue } from './constant-value.ts';
import { binaryOp, isZero, unaryOp, unsignedBits } from './constants.ts';
import type { Checker } from './context.ts';
import { exprString } from './expr-string.ts';
import { funcLit } from './func-lit.ts';
import { ident } from './ident.ts';
import { indexExpr, sliceExpr } from './index-expr.ts';
import { literalValue } from './literals.ts';
import { invalidOperand, isInvalidOperand, isNilOperand, operandString, type Operand } from './operand.ts';
import { identical, isBoolean, isInteger, isNumeric, isString, isTyped, isUnsigned } from './predicates.ts';
import { selector } from './selector.ts';
import { shiftOp } from './shift.ts';
import { typeAssert } from './type-assert.ts';
import { typeString } from './type-string.ts';
import { typExpr } from './typexpr.ts';
import { invalidType, isInvalid, newPointer, under, type Basic, type Type } from './types.ts';
import { Typ } from './universe.ts';
import { matchTypes, representableOperand } from './untyped.ts';

/** Evaluates e to an operand of any mode (value, type, builtin, no value) and records it. */
export function rawExpr(c: Checker, e: Expr, hint: Type | null): Operand {
  const x = exprInternal(c, e, hint);
  // An operand whose type is invalid (after an earlier error) is itself invalid: no follow-on errors.
  // (A comma-ok value keeps its mode: its ok part is still a valid untyped bool.)
  // A call keeps its mode too (gc still counts its results: "assignment mismatch").
  if (x.mode !== 'typexpr' && x.mode !== 'builtin' && x.mode !== 'novalue' && x.mode !== 'commaok' && x.mode !== 'mapindex' && e.kind !== 'CallExpr' && isInvalid(x.type)) x.mode = 'invalid';
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

export const comparisonOps = new Set<TokenKind>(['EQL', 'NEQ', 'LSS', 'LEQ', 'GTR', 'GEQ']);

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
