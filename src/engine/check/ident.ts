// Resolving an identifier to the object it denotes: scopes, lazy package-level declarations, captures.
import type { FuncLit, Ident } from '../syntax/ast.ts';
import type { Checker } from './context.ts';
import { intValue } from './constant-value.ts';
import { objDecl } from './decl.ts';
import { invalidOperand, type Operand } from './operand.ts';
import { Typ } from './universe.ts';
import { invalidType, type Var } from './types.ts';

/** Evaluates an identifier used as an expression or a type. */
export function ident(c: Checker, e: Ident, wantType: boolean): Operand {
  if (e.name === '_') {
    c.error('blank_as_value', e);
    return invalidOperand(e);
  }
  const hit = c.scope.lookupParent(e.name);
  if (!hit) {
    c.error('undefined_name', e, e.name);
    return invalidOperand(e);
  }
  const obj = hit.obj;
  c.info.uses.set(e, obj);
  if (c.currentDecl && hit.scope === c.pkgScope) c.currentDecl.deps.add(obj);
  if (c.decls.has(obj)) objDecl(c, obj);
  switch (obj.kind) {
    case 'PkgName':
      // Not a use of the import (gc still reports it as unused).
      c.error('use_of_package', e, obj.name);
      return invalidOperand(e);
    case 'Const':
      if (obj.name === 'iota' && obj.pkg === null) {
        if (c.iota === null) {
          c.error('iota_outside_const', e);
          return invalidOperand(e);
        }
        return { mode: 'constant', type: Typ.untypedInt, value: intValue(c.iota), expr: e };
      }
      if (obj.type === invalidType) return invalidOperand(e);
      return { mode: 'constant', type: obj.type, value: obj.value, expr: e };
    case 'TypeName':
      if (obj.type === invalidType && !wantType) return invalidOperand(e);
      return { mode: 'typexpr', type: obj.type, expr: e };
    case 'Var':
      if (obj.pkg === 'main' || obj.pkg === null) obj.used = true;
      noteCapture(c, obj);
      if (obj.type === invalidType) return invalidOperand(e);
      return { mode: 'variable', type: obj.type, expr: e };
    case 'Func':
      return { mode: 'value', type: obj.type, expr: e };
    case 'Builtin':
      return { mode: 'builtin', type: invalidType, expr: e, builtin: obj.id };
    case 'Nil':
      return { mode: 'value', type: Typ.untypedNil, expr: e, isNil: true };
    case 'Label':
      c.error('undefined_name', e, e.name);
      return invalidOperand(e);
  }
}

/** Records that every function literal between the use and the variable's own function captures it. */
function noteCapture(c: Checker, v: Var): void {
  const owner = c.varOwner.get(v);
  if (owner === undefined) return;
  for (let f = c.func; f && f !== owner; f = f.parent) {
    const lit: FuncLit | null = f.lit;
    if (!lit) break;
    let list = c.info.captures.get(lit);
    if (!list) c.info.captures.set(lit, (list = []));
    if (!list.includes(v)) list.push(v);
  }
}
