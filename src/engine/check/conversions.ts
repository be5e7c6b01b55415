// Conversions `T(x)` (spec "Conversions"), including constant conversions and their overflow message.
import { assignableTo } from './assignability.ts';
import type { Checker } from './context.ts';
import { constString, stringValue } from './constant-value.ts';
import { representable, toInt } from './constants.ts';
import { setFinalType } from './untyped.ts';
import { operandString, type Operand } from './operand.ts';
import { defaultType, identical, isComplex, isConstType, isFloat, isInteger, isInterface, isString, isUntyped } from './predicates.ts';
import { typeString } from './type-string.ts';
import { under, type Type } from './types.ts';
import { Typ } from './universe.ts';

export function conversion(c: Checker, x: Operand, T: Type): void {
  const at = x.expr ?? { pos: 0, end: 0 };
  const constArg = x.mode === 'constant';
  let ok = false;
  let cause = '';
  if (constArg && isConstType(T) && x.value) {
    const u = under(T);
    if (u.kind === 'Basic') {
      const r = representable(x.value, u.basic);
      if (r.ok) {
        ok = true;
        x.value = r.value;
      } else if (isInteger(x.type) && isString(u)) {
        const i = toInt(x.value);
        const cp = i !== null && i >= 0n && i <= 0x10ffffn && !(i >= 0xd800n && i <= 0xdfffn) ? Number(i) : 0xfffd;
        x.value = stringValue(String.fromCodePoint(cp));
        ok = true;
      }
    }
    if (!ok && isInteger(x.type) && isInteger(T)) {
      c.error('const_overflows', at, constString(x.value), typeString(T));
      x.mode = 'invalid';
      return;
    }
  } else {
    const r = convertibleTo(c, x, T);
    ok = r.ok;
    cause = r.cause;
    if (ok) x.mode = 'value';
  }
  if (!ok) {
    if (cause) c.error('cannot_convert_cause', at, operandString(x), typeString(T), cause);
    else c.error('cannot_convert', at, operandString(x), typeString(T));
    x.mode = 'invalid';
    return;
  }
  if (isUntyped(x.type)) {
    let final: Type = T;
    if (x.type === Typ.untypedNil) final = x.type;
    else if (isInterface(T) || (constArg && !isConstType(T))) final = defaultType(x.type);
    else if (x.mode === 'constant' && isInteger(x.type) && isString(T)) final = x.type;
    setFinalType(c, x, final);
  }
  x.type = T;
}

function isBytesOrRunes(t: Type): boolean {
  const u = under(t);
  if (u.kind !== 'Slice') return false;
  const e = under(u.elem);
  return e.kind === 'Basic' && (e.basic === 'uint8' || e.basic === 'int32');
}

export function convertibleTo(c: Checker, x: Operand, T: Type): { ok: boolean; cause: string } {
  const a = assignableTo(x, T);
  if (a.ok) return a;
  const V = x.type;
  const Vu = under(V);
  const Tu = under(T);
  const yes = { ok: true, cause: '' };
  if (identical(Vu, Tu)) return yes;
  if (V.kind === 'Pointer' && T.kind === 'Pointer' && identical(under(V.elem), under(T.elem))) return yes;
  if ((isInteger(Vu) || isFloat(Vu)) && (isInteger(Tu) || isFloat(Tu))) return yes;
  if (isComplex(Vu) && isComplex(Tu)) return yes;
  if ((isInteger(Vu) || isBytesOrRunes(Vu)) && isString(Tu)) return yes;
  if (isString(Vu) && isBytesOrRunes(Tu)) return yes;
  if (Vu.kind === 'Slice') {
    if (Tu.kind === 'Array' && identical(Vu.elem, Tu.elem)) return yes;
    if (Tu.kind === 'Pointer') {
      const arr = under(Tu.elem);
      if (arr.kind === 'Array' && identical(Vu.elem, arr.elem)) return yes;
    }
  }
  return { ok: false, cause: a.cause };
}
