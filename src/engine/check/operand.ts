// An operand: an expression's mode, type and constant value while it is being checked, and how
// types2 describes one in messages (`c (variable of type Counter)`, `300 (untyped int constant)`).
import type { Expr } from '../syntax/ast.ts';
import { constString, type ConstValue } from './constant-value.ts';
import { exprString } from './expr-string.ts';
import type { OperandMode } from './info.ts';
import { isUntyped } from './predicates.ts';
import { typeString } from './type-string.ts';
import { invalidType, isInvalid, type BuiltinId, type Type } from './types.ts';

export interface Operand {
  mode: OperandMode;
  type: Type;
  value?: ConstValue;
  /** The expression this operand came from (null when synthesised). */
  expr: Expr | null;
  /** For mode 'builtin'. */
  builtin?: BuiltinId;
  /** The predeclared nil (types2's nilvalue mode): it stays "nil" after taking a type from its context. */
  isNil?: boolean;
}

export function invalidOperand(expr: Expr | null): Operand {
  return { mode: 'invalid', type: invalidType, expr };
}

/** Mode test that defeats TypeScript's narrowing (checks mutate operands in place). */
export function isInvalidOperand(x: Operand): boolean {
  return x.mode === 'invalid';
}

export function isNilOperand(x: Operand): boolean {
  return x.isNil === true || (x.type.kind === 'Basic' && x.type.basic === 'untyped nil');
}

const modeText: Record<OperandMode, string> = {
  invalid: 'invalid operand',
  novalue: 'no value',
  builtin: 'built-in',
  typexpr: 'type',
  constant: 'constant',
  variable: 'variable',
  mapindex: 'map index expression',
  value: 'value',
  commaok: 'comma, ok expression',
};

/** types2's operandString. */
export function operandString(x: Operand): string {
  if (isNilOperand(x) && x.mode !== 'invalid') {
    // types2's nilvalue: plain "nil" while untyped, else with the type it took from its context.
    if (x.type.kind === 'Basic' && x.type.basic === 'untyped nil') return 'nil';
    return isInvalid(x.type) ? 'nil (with invalid type)' : `nil (of type ${typeString(x.type)})`;
  }
  let expr = x.expr ? exprString(x.expr) : '';
  if (!expr) {
    if (x.mode === 'builtin' && x.builtin) expr = x.builtin;
    else if (x.mode === 'typexpr') expr = typeString(x.type);
    else if (x.mode === 'constant' && x.value) expr = constString(x.value);
  }
  let buf = expr ? expr + ' (' : '';
  let hasType = false;
  if (x.mode !== 'invalid' && x.mode !== 'novalue' && x.mode !== 'builtin' && x.mode !== 'typexpr') {
    if (isUntyped(x.type)) buf += x.type.kind === 'Basic' ? x.type.name + ' ' : '';
    else hasType = true;
  }
  buf += modeText[x.mode];
  if (x.mode === 'constant' && x.value) {
    const s = constString(x.value);
    if (s !== expr) buf += ' ' + s;
  }
  if (hasType) buf += isInvalid(x.type) ? ' with invalid type' : ' of type ' + typeString(x.type);
  if (expr) buf += ')';
  return buf;
}
