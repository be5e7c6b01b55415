// Selector expressions `x.f`: package members, fields and methods (with promotion), method expressions.
import { memberInVersion } from './std-since.ts';
import type { SelectorExpr } from '../syntax/ast.ts';
import type { Checker } from './context.ts';
import { exprString } from './expr-string.ts';
import { syntaxPos } from './syntax-pos.ts';
import { unsupportedMember } from './packages/unsupported.ts';
import { exclude, rawExpr, singleValue } from './expr.ts';
import type { Selection } from './info.ts';
import { lookupFieldOrMethod } from './lookup.ts';
import { invalidOperand, operandString, type Operand } from './operand.ts';
import { isExported } from './predicates.ts';
import { typeString } from './type-string.ts';
import { isInvalid, newParam, newSignature, under, type Func, type Type } from './types.ts';

export function selector(c: Checker, e: SelectorExpr): Operand {
  const sel = e.sel.name;
  // Package-qualified identifier?
  if (e.x.kind === 'Ident') {
    const obj = c.scope.lookup(e.x.name);
    if (obj && obj.kind === 'PkgName') {
      obj.used = true;
      c.info.uses.set(e.x, obj);
      const pkg = c.imports.get(obj);
      // A member newer than the chosen Go version does not exist for that toolchain.
      const member = pkg && isExported(sel) && memberInVersion(pkg.path, sel, c.goMinor) ? pkg.members.get(sel) : undefined;
      if (!pkg) return invalidOperand(e);
      if (!member) {
        // A real Go member the lab leaves out is "not supported", not "undefined" (which would be false).
        const why = memberInVersion(pkg.path, sel, c.goMinor) ? unsupportedMember(pkg.path, sel) : null;
        if (why) c.error('unsupported_std_member', e.sel, why);
        else c.error('undefined_pkg_member', e.sel, e.x.name, sel);
        return invalidOperand(e);
      }
      c.info.uses.set(e.sel, member);
      c.info.selections.set(e, { kind: 'pkgMember', obj: member, recv: member.type, index: [], indirect: false });
      switch (member.kind) {
        case 'Const':
          return { mode: 'constant', type: member.type, value: member.value, expr: e };
        case 'TypeName':
          return { mode: 'typexpr', type: member.type, expr: e };
        case 'Var':
          return { mode: 'variable', type: member.type, expr: e };
        case 'Func':
          return { mode: 'value', type: member.type, expr: e };
        default:
          return invalidOperand(e);
      }
    }
  }
  const x = rawExpr(c, e.x, null);
  if (x.mode === 'builtin') {
    const at = syntaxPos(e);
    c.error('select_on_builtin', { pos: at, end: at + 1 }, operandString(x));
    return invalidOperand(e);
  }
  exclude(c, x, false);
  singleValue(c, x);
  if (x.mode === 'invalid') return invalidOperand(e);
  if (x.mode === 'typexpr') return methodExpr(c, e, x.type);
  if (x.type.kind === 'Basic' && x.type.basic === 'untyped nil') {
    c.error('missing_field_or_method', e.sel, exprString(e.x), sel, `type untyped nil has no field or method ${sel}`);
    return invalidOperand(e);
  }
  const r = lookupFieldOrMethod(x.type, x.mode === 'variable', sel);
  if (r.kind === 'notFound' || r.kind === 'ambiguous' || r.kind === 'ptrRecv') {
    if (r.kind === 'ptrRecv') {
      // go/types: "cannot call pointer method M on T".
      c.error('cannot_call_ptr_method', e.sel, sel, typeString(x.type));
    } else if (r.kind === 'ambiguous') {
      c.error('ambiguous_selector', e.sel, exprString(e.x), sel);
    } else if (isInvalid(under(x.type))) {
      // The type's declaration failed (e.g. an invalid recursive type): already reported.
    } else if (x.type.kind === 'Pointer' && under(x.type.elem).kind === 'Interface') {
      c.error('pointer_to_interface', e.sel, exprString(e.x), sel, typeString(x.type));
    } else {
      c.error('missing_field_or_method', e.sel, exprString(e.x), sel, lookupError(x.type, sel));
    }
    return invalidOperand(e);
  }
  const obj = r.obj;
  c.info.uses.set(e.sel, obj);
  if (obj.kind === 'Var') {
    c.info.selections.set(e, { kind: 'field', obj, recv: x.type, index: r.index, indirect: r.indirect });
    // A field of an addressable struct, or reached through a pointer, is addressable.
    const mode = x.mode === 'variable' || r.indirect ? 'variable' : 'value';
    return { mode, type: obj.type, expr: e };
  }
  const m = obj as Func;
  if (c.currentDecl && m.pkg === 'main') c.currentDecl.deps.add(m);
  const xIsPtr = under(x.type).kind === 'Pointer';
  const recvAdjust: Selection['recvAdjust'] = m.ptrRecv && !xIsPtr && !r.indirect ? 'addr' : !m.ptrRecv && xIsPtr ? 'deref' : 'none';
  c.info.selections.set(e, { kind: 'method', obj: m, recv: x.type, index: r.index, indirect: r.indirect, recvAdjust });
  const sig = m.type;
  return { mode: 'value', type: newSignature(sig.params.vars, sig.results.vars, sig.variadic), expr: e };
}

/** `T.M` / `(*T).M`: the method as a function taking the receiver first. */
function methodExpr(c: Checker, e: SelectorExpr, T: Type): Operand {
  const sel = e.sel.name;
  const r = lookupFieldOrMethod(T, false, sel);
  if (r.kind === 'ptrRecv') {
    const ts = typeString(T);
    c.error('invalid_method_expr', e.sel, exprString(e.x), sel, ts, sel);
    return invalidOperand(e);
  }
  if (r.kind === 'found' && r.obj.kind === 'Var') {
    // A field is found, but a method expression needs a method.
    c.error('missing_field_or_method', e.sel, exprString(e.x), sel, `type ${typeString(T)} has no method ${sel}`);
    return invalidOperand(e);
  }
  if (r.kind !== 'found' || r.obj.kind !== 'Func') {
    if (!isInvalid(under(T))) c.error('missing_field_or_method', e.sel, exprString(e.x), sel, lookupError(T, sel));
    return invalidOperand(e);
  }
  const m = r.obj;
  c.info.uses.set(e.sel, m);
  if (c.currentDecl && m.pkg === 'main') c.currentDecl.deps.add(m);
  c.info.selections.set(e, { kind: 'methodExpr', obj: m, recv: T, index: r.index, indirect: r.indirect });
  const sig = m.type;
  return { mode: 'value', type: newSignature([newParam('', T), ...sig.params.vars], sig.results.vars, sig.variadic), expr: e };
}

/** The parenthesised reason of a failed lookup, with go/types's "but does have" hints. */
export function lookupError(T: Type, sel: string): string {
  const base = `type ${typeString(T)} has no field or method ${sel}`;
  const alt = lookupFieldOrMethod(T, true, sel, true);
  if (alt.kind !== 'found' && alt.kind !== 'ptrRecv') return base;
  const obj = alt.obj;
  const what = obj.kind === 'Var' ? 'field' : 'method';
  const altName = obj.name;
  if (altName === sel) return obj.pkg !== 'main' && !isExported(sel) ? `cannot refer to unexported ${what} ${sel}` : base;
  if (obj.pkg === 'main') return `${base}, but does have ${what} ${altName}`;
  if (isExported(sel)) {
    if (isExported(altName)) return `${base}, but does have ${what} ${altName}`;
    if (sel.slice(1) === altName.slice(1)) return `${base}, but does have unexported ${what} ${altName}`;
    return base;
  }
  if (isExported(altName) && sel.slice(1) === altName.slice(1)) return `${base}, but does have ${what} ${altName}`;
  return base;
}
