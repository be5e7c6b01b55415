// Comparisons `==` `!=` `<` `<=` `>` `>=` and switch cases: assignability of the operands, then
// comparability or ordering, with gc's causes (`slice can only be compared to nil`).
import type { BinaryExpr } from '../syntax/ast.ts';
import { tokenText, type TokenKind } from '../syntax/token.ts';
import { assignableTo } from './assignability.ts';
import type { Checker } from './context.ts';
import { boolValue } from './constant-value.ts';
import { compare } from './constants.ts';
import { exprString } from './expr-string.ts';
import { invalidOperand, isNilOperand, type Operand } from './operand.ts';
import { comparable, defaultType, hasNil, isOrdered } from './predicates.ts';
import { typeString } from './type-string.ts';
import { isInvalid, under, type Type } from './types.ts';
import { Typ } from './universe.ts';
import { setFinalType } from './untyped.ts';

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
  if (!assignableTo(x, y.type).ok && !assignableTo(y, x.type).ok) {
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

