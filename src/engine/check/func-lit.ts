// Function literals (closures): their signature now, their body checked in the enclosing context.
import type { FuncLit } from '../syntax/ast.ts';
import type { Checker } from './context.ts';
import { funcBody } from './func-body.ts';
import type { Operand } from './operand.ts';
import { funcType } from './typexpr.ts';

export function funcLit(c: Checker, e: FuncLit): Operand {
  const { sig, params, results } = funcType(c, e.type, null);
  funcBody(c, sig, params, results, e.body, e);
  if (!c.info.captures.has(e)) c.info.captures.set(e, []);
  return { mode: 'value', type: sig, expr: e };
}
