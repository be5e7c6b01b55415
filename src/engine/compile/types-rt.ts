// What the compiler and runtime need to know of a type at run time: zero values, copies, aggregates.
import { under, type Type } from '../check/types.ts';
import { newSyncObject, isSyncObjectType, copySyncObject } from '../runtime/std/sync-objects.ts';

/** Types whose values are mutable aggregates owned by their variable (copied by value, pointed to directly). */
export function isAggregate(t: Type): boolean {
  if (isSyncObjectType(t)) return true;
  const u = under(t);
  return u.kind === 'Struct' || u.kind === 'Array';
}

/** A fresh zero value of type t. */
export function zeroValue(t: Type): unknown {
  if (isSyncObjectType(t)) return newSyncObject(t);
  const u = under(t);
  switch (u.kind) {
    case 'Basic':
      if (u.basic === 'bool' || u.basic === 'untyped bool') return false;
      if (u.basic === 'string' || u.basic === 'untyped string') return '';
      if (u.basic === 'untyped nil') return null;
      return 0;
    case 'Struct':
      return u.fields.map((f) => zeroValue(f.type));
    case 'Array': {
      const out = new Array(Math.max(0, u.len));
      for (let i = 0; i < out.length; i++) out[i] = zeroValue(u.elem);
      return out;
    }
    default:
      return null;
  }
}

/** A deep copy of a value of type t: aggregates are copied, references (slices, maps, pointers…) shared. */
export function copyValue(t: Type, v: unknown): unknown {
  if (isSyncObjectType(t)) return copySyncObject(v);
  const u = under(t);
  if (u.kind === 'Struct') {
    const src = v as unknown[];
    return u.fields.map((f, i) => (isAggregate(f.type) ? copyValue(f.type, src[i]) : src[i]));
  }
  if (u.kind === 'Array') {
    const src = v as unknown[];
    return isAggregate(u.elem) ? src.map((x) => copyValue(u.elem, x)) : src.slice();
  }
  return v;
}

/** Assignment to an aggregate variable: copies src into dst in place, so pointers to dst see the new value. */
export function assignInto(t: Type, dst: unknown, src: unknown): void {
  if (dst === src) return;
  if (isSyncObjectType(t)) {
    Object.assign(dst as object, copySyncObject(src));
    return;
  }
  const u = under(t);
  const d = dst as unknown[], s = src as unknown[];
  if (u.kind === 'Struct') {
    u.fields.forEach((f, i) => {
      if (isAggregate(f.type)) assignInto(f.type, d[i], s[i]);
      else d[i] = s[i];
    });
  } else if (u.kind === 'Array') {
    for (let i = 0; i < s.length; i++) {
      if (isAggregate(u.elem)) assignInto(u.elem, d[i], s[i]);
      else d[i] = s[i];
    }
  }
}
