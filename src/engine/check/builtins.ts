// Calls of Go's builtin functions: len cap make new append copy delete clear close panic recover
// print println min max (complex, real and imag are accepted with simplified typing).
import type { CallExpr } from '../syntax/ast.ts';
import { assignment } from './assignability.ts';
import type { Checker } from './context.ts';
import { intValue } from './constant-value.ts';
import { compare } from './constants.ts';
import { exprString } from './expr-string.ts';
import { matchTypes, setFinalType } from './untyped.ts';
import { evalArgs, arguments_, useArgs } from './call.ts';
import { index } from './index-expr.ts';
import { invalidOperand, isNilOperand, operandString, type Operand } from './operand.ts';
import { identical, isOrdered, isString, isUntyped } from './predicates.ts';
import { typeString } from './type-string.ts';
import { typExpr } from './typexpr.ts';
import { isInvalid, newInterface, newParam, newPointer, newSignature, newSlice, newTuple, under, type BuiltinId, type Type } from './types.ts';
import { Typ } from './universe.ts';
import { utf8Length } from './index-expr.ts';

/** `interface{}` as the builtins' parameter type (types2 prints it spelled out, not as `any`). */
export const emptyInterface = newInterface([]);

const arity: Record<BuiltinId, [number, boolean]> = {
  append: [1, true], cap: [1, false], clear: [1, false], close: [1, false], complex: [2, false], copy: [2, false],
  delete: [2, false], imag: [1, false], len: [1, false], make: [1, true], max: [1, true], min: [1, true],
  new: [1, false], panic: [1, false], print: [0, true], println: [0, true], real: [1, false], recover: [0, false],
};

export function builtinCall(c: Checker, e: CallExpr, id: BuiltinId): Operand {
  c.info.callees.set(e, { kind: 'builtin', id });
  // As types2: the version is checked first, and checking goes on (one error per use).
  if (id === 'clear') c.allowVersion(21, e.fun, 'clear');
  else if (id === 'min' || id === 'max') c.allowVersion(21, e.fun, `built-in ${id}`);
  const [min, variadic] = arity[id];
  if (e.ellipsis !== null && id !== 'append') {
    c.error('builtin_ddd', e, id);
    useArgs(c, e.args);
    return invalidOperand(e);
  }
  // make and new take a type first; evaluate the others as values.
  let args: Operand[] = [];
  if (id !== 'make' && id !== 'new') {
    args = evalArgs(c, e.args);
    if (args.some((a) => a.mode === 'invalid')) return invalidOperand(e);
  }
  const nargs = id === 'make' || id === 'new' ? e.args.length : args.length;
  let msg = '';
  if (nargs < min) msg = 'not enough';
  else if (!variadic && nargs > min) msg = 'too many';
  if (msg) {
    c.error('wrong_builtin_arg_count', e, msg, exprString(e), String(min), String(nargs));
    if (id === 'make' || id === 'new') useArgs(c, e.args);
    return invalidOperand(e);
  }
  const x = args[0];
  const ok = (t: Type, mode: Operand['mode'] = 'value'): Operand => ({ mode, type: t, expr: e });
  switch (id) {
    case 'len': case 'cap': {
      let t = under(x.type);
      if (t.kind === 'Pointer' && under(t.elem).kind === 'Array') t = under(t.elem);
      if (isString(t) && id === 'len') {
        if (x.mode === 'constant' && x.value?.kind === 'string') return { mode: 'constant', type: Typ.int, value: intValue(utf8Length(x.value.value)), expr: e };
        if (isUntyped(x.type)) setFinalType(c, x, Typ.string);
        return ok(Typ.int);
      }
      if (t.kind === 'Array') {
        // len of an array is a constant unless the operand contains a call or receive.
        if (!containsCallOrRecv(e.args[0])) return { mode: 'constant', type: Typ.int, value: intValue(t.len), expr: e };
        return ok(Typ.int);
      }
      if (t.kind === 'Slice' || t.kind === 'Chan' || (t.kind === 'Map' && id === 'len')) return ok(Typ.int);
      if (!isInvalid(t)) c.error('invalid_builtin_arg', x.expr ?? e, operandString(x), id);
      return invalidOperand(e);
    }
    case 'append': {
      const S = x.type;
      const s = under(S);
      if (s.kind !== 'Slice') {
        c.error('append_first_arg', x.expr ?? e, isNilOperand(x) ? 'have untyped nil' : `have ${operandString(x)}`);
        return invalidOperand(e);
      }
      if (args.length === 2 && e.ellipsis !== null) {
        const sb = under(s.elem);
        if (sb.kind === 'Basic' && sb.basic === 'uint8' && isString(args[1].type)) {
          if (isUntyped(args[1].type)) setFinalType(c, args[1], Typ.string);
          return ok(S);
        }
      }
      arguments_(c, e, newSignature([newParam('', S), newParam('', newSlice(s.elem))], [newParam('', S)], true), args);
      return ok(S);
    }
    case 'make': case 'new': {
      const T = typExpr(c, e.args[0]);
      if (isInvalid(T)) {
        useArgs(c, e.args.slice(1));
        return invalidOperand(e);
      }
      if (id === 'new') return ok(newPointer(T));
      const u = under(T);
      const need = u.kind === 'Slice' ? 2 : u.kind === 'Map' || u.kind === 'Chan' ? 1 : 0;
      if (need === 0) {
        c.error('cannot_make', e.args[0], exprString(e.args[0]));
        useArgs(c, e.args.slice(1));
        return invalidOperand(e);
      }
      if (nargs < need || nargs > need + 1) {
        c.error('make_args', e, exprString(e), String(need), String(need + 1), String(nargs));
        useArgs(c, e.args.slice(1));
        return invalidOperand(e);
      }
      const sizes = e.args.slice(1).map((a) => index(c, a, -1));
      if (sizes.length === 2 && sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) c.error('make_len_gt_cap', e.args[1]);
      return ok(T);
    }
    case 'copy': {
      const y = args[1];
      const dst = under(x.type);
      let src: Type = under(y.type);
      if (isString(src)) src = newSlice(Typ.byte);
      if (dst.kind !== 'Slice' || src.kind !== 'Slice') {
        c.error('copy_args', x.expr ?? e, operandString(x), operandString(y));
        return invalidOperand(e);
      }
      if (!identical(dst.elem, src.elem)) {
        c.error('copy_elem_types', x.expr ?? e, operandString(x), operandString(y), typeString(dst.elem), typeString(src.elem));
        return invalidOperand(e);
      }
      if (isUntyped(y.type)) setFinalType(c, y, Typ.string);
      return ok(Typ.int);
    }
    case 'delete': {
      const m = under(x.type);
      if (m.kind !== 'Map') {
        c.error('delete_non_map', x.expr ?? e, operandString(x));
        return invalidOperand(e);
      }
      assignment(c, args[1], m.key, 'argument to delete');
      return ok(newTuple([]), 'novalue');
    }
    case 'clear': {
      const u = under(x.type);
      if (u.kind !== 'Map' && u.kind !== 'Slice') {
        c.error('clear_arg', x.expr ?? e, operandString(x));
        return invalidOperand(e);
      }
      return ok(newTuple([]), 'novalue');
    }
    case 'close': {
      const u = under(x.type);
      if (u.kind !== 'Chan') {
        c.error('close_non_chan', x.expr ?? e, operandString(x));
        return invalidOperand(e);
      }
      if (u.dir === 'recv') {
        c.error('close_receive_only', x.expr ?? e, operandString(x));
        return invalidOperand(e);
      }
      return ok(newTuple([]), 'novalue');
    }
    case 'panic':
      assignment(c, x, emptyInterface, 'argument to panic');
      return ok(newTuple([]), 'novalue');
    case 'print': case 'println':
      for (const a of args) assignment(c, a, null, `argument to built-in ${id}`);
      return ok(newTuple([]), 'novalue');
    case 'recover':
      return ok(emptyInterface);
    case 'min': case 'max': {
      let r: Operand = { ...x };
      for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (!isOrdered(a.type)) {
          c.error('minmax_arg', a.expr ?? e, operandString(a));
          return invalidOperand(e);
        }
        if (i === 0) continue;
        matchTypes(c, r, a);
        if (r.mode === 'invalid' || a.mode === 'invalid') return invalidOperand(e);
        if (!identical(r.type, a.type)) {
          c.error('minmax_mismatch', a.expr ?? e, typeString(r.type), typeString(a.type), a.expr ? exprString(a.expr) : '');
          return invalidOperand(e);
        }
        if (r.mode === 'constant' && a.mode === 'constant' && r.value && a.value) {
          if (compare(a.value, id === 'max' ? 'GTR' : 'LSS', r.value)) r = { ...a };
        } else r.mode = 'value';
      }
      return { mode: r.mode === 'constant' ? 'constant' : 'value', type: r.type, value: r.mode === 'constant' ? r.value : undefined, expr: e };
    }
    case 'complex': case 'real': case 'imag':
      // Complex numbers are outside the lab's scope; type these loosely so programs still check.
      return ok(id === 'complex' ? Typ.complex128 : Typ.float64);
  }
  return invalidOperand(e);
}

function containsCallOrRecv(e: CallExpr['args'][number]): boolean {
  switch (e.kind) {
    case 'CallExpr': return true;
    case 'UnaryExpr': return e.op === 'ARROW' || containsCallOrRecv(e.x);
    case 'ParenExpr': case 'StarExpr': case 'SelectorExpr': return containsCallOrRecv(e.x);
    case 'IndexExpr': return containsCallOrRecv(e.x) || containsCallOrRecv(e.index);
    case 'BinaryExpr': return containsCallOrRecv(e.x) || containsCallOrRecv(e.y);
    default: return false;
  }
}

