// Type assertions `x.(T)`: x must be an interface, and T must be able to implement it.
import type { TypeAssertExpr } from '../syntax/ast.ts';
import type { Checker } from './context.ts';
import { exprString } from './expr-string.ts';
import { expr } from './expr.ts';
import { implementsCause, missingMethod } from './method-sets.ts';
import { invalidOperand, operandString, type Operand } from './operand.ts';
import { typeString } from './type-string.ts';
import { typExpr } from './typexpr.ts';
import { isInvalid, under, type Interface, type Type } from './types.ts';

export function typeAssert(c: Checker, e: TypeAssertExpr): Operand {
  const x = expr(c, e.x);
  if (x.mode === 'invalid') return invalidOperand(e);
  if (e.type === null) {
    c.error('type_switch_outside', e);
    return invalidOperand(e);
  }
  const xu = under(x.type);
  if (xu.kind !== 'Interface') {
    c.error('not_an_interface', e.x, operandString(x));
    typExpr(c, e.type);
    return invalidOperand(e);
  }
  const T = typExpr(c, e.type);
  if (isInvalid(T)) return invalidOperand(e);
  if (!assertableTo(xu, T)) {
    const mm = missingMethod(T, xu);
    const head = `${typeString(T)} does not implement ${typeString(x.type)} `;
    const cause = mm ? implementsCause(T, x.type, mm).slice(head.length) : '';
    c.error('impossible_assertion', e, exprString(e), typeString(T), typeString(x.type), cause);
    return invalidOperand(e);
  }
  return { mode: 'commaok', type: T, expr: e };
}

/** A concrete T can only be asserted from interface I if T has all of I's methods. */
export function assertableTo(I: Interface, T: Type): boolean {
  if (under(T).kind === 'Interface') return true;
  return missingMethod(T, I) === null;
}
