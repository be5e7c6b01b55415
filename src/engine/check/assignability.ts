// Assignability (spec "Assignability") and the `assignment` operation that applies it with Go's messages.
import type { Checker } from './context.ts';
import { implicitTypeAndValue, setFinalType } from './untyped.ts';
import { implementsCause, missingMethod } from './method-sets.ts';
import { isNilOperand, operandString, type Operand } from './operand.ts';
import { defaultType, hasNil, identical, isNamed, isUntyped } from './predicates.ts';
import { typeString } from './type-string.ts';
import { isInvalid, under, type Type } from './types.ts';
import { representable } from './constants.ts';

export function assignableTo(x: Operand, T: Type): { ok: boolean; cause: string } {
  const V = x.type;
  if (isInvalid(V) || isInvalid(T)) return { ok: true, cause: '' };
  if (identical(V, T)) return { ok: true, cause: '' };
  const Vu = under(V);
  const Tu = under(T);
  if (isUntyped(V)) {
    if (Tu.kind === 'Basic') {
      if (isNilOperand(x)) return { ok: Tu.basic === 'unsafe.Pointer', cause: '' };
      if (x.mode === 'constant' && x.value) return { ok: representable(x.value, Tu.basic).ok, cause: '' };
      if (V.kind === 'Basic' && V.basic === 'untyped bool') return { ok: Tu.basic === 'bool' || Tu.basic === 'untyped bool', cause: '' };
    } else if (Tu.kind === 'Interface') {
      return { ok: isNilOperand(x) || interfaceEmpty(Tu), cause: '' };
    } else if (isNilOperand(x)) {
      return { ok: hasNil(Tu), cause: '' };
    }
  }
  if (identical(Vu, Tu) && (!isNamed(V) || !isNamed(T))) return { ok: true, cause: '' };
  if (Tu.kind === 'Interface') {
    // A type whose declaration failed (or a pointer to one) is not reported again (go/types implements).
    if (isInvalid(Vu) || (Vu.kind === 'Pointer' && isInvalid(under(Vu.elem)))) return { ok: true, cause: '' };
    const mm = missingMethod(V, Tu);
    if (mm === null) return { ok: true, cause: '' };
    return { ok: false, cause: implementsCause(V, T, mm) };
  }
  if (Vu.kind === 'Interface') {
    if (missingMethod(T, Vu) === null) return { ok: false, cause: 'need type assertion' };
    return { ok: false, cause: '' };
  }
  if (Vu.kind === 'Chan' && Vu.dir === 'both' && Tu.kind === 'Chan' && identical(Vu.elem, Tu.elem)) {
    return { ok: !isNamed(V) || !isNamed(T), cause: '' };
  }
  return { ok: false, cause: '' };
}

function interfaceEmpty(t: { methods: unknown[]; embeddeds: unknown[] }): boolean {
  return t.methods.length === 0 && t.embeddeds.length === 0;
}

/**
 * Checks that x can be assigned to a variable of type T (null for `_` or an untyped context) in the
 * given context ("assignment", "argument to f", "return statement", …). Converts untyped x.
 */
export function assignment(c: Checker, x: Operand, T: Type | null, context: string): void {
  if (x.mode === 'invalid') return;
  if (x.type.kind === 'Tuple') {
    c.error('multi_value_single_context', x.expr ?? { pos: 0, end: 0 }, operandString(x));
    x.mode = 'invalid';
    return;
  }
  if (x.mode === 'typexpr' || x.mode === 'builtin' || x.mode === 'novalue') {
    // exclude() normally reports these first; keep a message for safety.
    c.error(x.mode === 'novalue' ? 'no_value_used' : x.mode === 'builtin' ? 'builtin_not_called' : 'not_an_expr', x.expr ?? { pos: 0, end: 0 }, operandString(x));
    x.mode = 'invalid';
    return;
  }
  const at = x.expr ?? { pos: 0, end: 0 };
  if (isUntyped(x.type)) {
    let target = T;
    if (T === null || under(T).kind === 'Interface') {
      if (T === null && isNilOperand(x)) {
        c.error('untyped_nil_use', at, context);
        x.mode = 'invalid';
        return;
      }
      target = defaultType(x.type);
    }
    const r = implicitTypeAndValue(x, target as Type);
    if ('code' in r) {
      const args = [operandString(x), typeString(target as Type), context];
      c.error(r.code === 'truncated' ? 'cannot_use_truncated' : r.code === 'overflow' ? 'cannot_use_overflow' : 'cannot_use', at, ...args);
      x.mode = 'invalid';
      return;
    }
    setFinalType(c, x, r.type, r.value);
  }
  if (T === null) return;
  const { ok, cause } = assignableTo(x, T);
  if (!ok) {
    if (cause) c.error('cannot_use_cause', at, operandString(x), typeString(T), context, cause);
    else c.error('cannot_use', at, operandString(x), typeString(T), context);
    x.mode = 'invalid';
  }
}

