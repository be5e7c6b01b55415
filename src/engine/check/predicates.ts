// Type predicates: classes of basic types, identity, comparability, default types of untyped values.
import { Typ } from './universe.ts';
import { unalias, under, type Basic, type Interface, type Type } from './types.ts';

function basicOf(t: Type): Basic | null {
  const u = under(t);
  return u.kind === 'Basic' ? u : null;
}

const integerKinds = new Set(['int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr', 'untyped int', 'untyped rune']);
const unsignedKinds = new Set(['uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr']);
const floatKinds = new Set(['float32', 'float64', 'untyped float']);
const complexKinds = new Set(['complex64', 'complex128', 'untyped complex']);

export function isBoolean(t: Type): boolean {
  const b = basicOf(t);
  return b !== null && (b.basic === 'bool' || b.basic === 'untyped bool');
}
export function isInteger(t: Type): boolean {
  const b = basicOf(t);
  return b !== null && integerKinds.has(b.basic);
}
export function isUnsigned(t: Type): boolean {
  const b = basicOf(t);
  return b !== null && unsignedKinds.has(b.basic);
}
export function isFloat(t: Type): boolean {
  const b = basicOf(t);
  return b !== null && floatKinds.has(b.basic);
}
export function isComplex(t: Type): boolean {
  const b = basicOf(t);
  return b !== null && complexKinds.has(b.basic);
}
export function isNumeric(t: Type): boolean {
  return isInteger(t) || isFloat(t) || isComplex(t);
}
export function isString(t: Type): boolean {
  const b = basicOf(t);
  return b !== null && (b.basic === 'string' || b.basic === 'untyped string');
}
export function isUntyped(t: Type): boolean {
  return t.kind === 'Basic' && t.basic.startsWith('untyped');
}
export function isTyped(t: Type): boolean {
  return !isUntyped(t);
}
/** Types whose values can be constants. */
export function isConstType(t: Type): boolean {
  const b = basicOf(t);
  return b !== null && b.basic !== 'invalid' && b.basic !== 'untyped nil' && b.basic !== 'unsafe.Pointer';
}
/** Ordered: supports < <= > >=. */
export function isOrdered(t: Type): boolean {
  return isInteger(t) || isFloat(t) || isString(t);
}
export function isInterface(t: Type): boolean {
  return under(t).kind === 'Interface';
}
export function isNamed(t: Type): boolean {
  return t.kind === 'Named' || (t.kind === 'Basic' && !t.basic.startsWith('untyped'));
}
/** Types with a nil value. */
export function hasNil(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case 'Pointer': case 'Slice': case 'Map': case 'Chan': case 'Signature': case 'Interface':
      return true;
    case 'Basic':
      return u.basic === 'unsafe.Pointer';
    default:
      return false;
  }
}

/** The type an untyped value gets where no other type is imposed (`x := 1` makes x an int). */
export function defaultType(t: Type): Type {
  if (t.kind !== 'Basic') return t;
  switch (t.basic) {
    case 'untyped bool': return Typ.bool;
    case 'untyped int': return Typ.int;
    case 'untyped rune': return Typ.rune;
    case 'untyped float': return Typ.float64;
    case 'untyped complex': return Typ.complex128;
    case 'untyped string': return Typ.string;
    default: return t;
  }
}

/** Type identity as the spec defines it (Named types are identical only to themselves). */
export function identical(x: Type, y: Type): boolean {
  return ident(x, y, []);
}

function ident(x: Type, y: Type, seen: [Type, Type][]): boolean {
  x = unalias(x);
  y = unalias(y);
  if (x === y) return true;
  if (x.kind !== y.kind) return false;
  for (const [a, b] of seen) if (a === x && b === y) return true;
  switch (x.kind) {
    case 'Basic':
      return x.basic === (y as Basic).basic;
    case 'Named':
      return false;
    case 'Pointer': case 'Slice':
      return ident(x.elem, (y as typeof x).elem, seen);
    case 'Array':
      return x.len === (y as typeof x).len && ident(x.elem, (y as typeof x).elem, seen);
    case 'Map':
      return ident(x.key, (y as typeof x).key, seen) && ident(x.elem, (y as typeof x).elem, seen);
    case 'Chan':
      return x.dir === (y as typeof x).dir && ident(x.elem, (y as typeof x).elem, seen);
    case 'Struct': {
      const ys = y as typeof x;
      if (x.fields.length !== ys.fields.length) return false;
      const next: [Type, Type][] = [...seen, [x, y]];
      return x.fields.every((f, i) => {
        const g = ys.fields[i];
        return f.name === g.name && f.embedded === g.embedded && (x.tags[i] ?? null) === (ys.tags[i] ?? null) &&
          (f.pkg === g.pkg || isExported(f.name)) && ident(f.type, g.type, next);
      });
    }
    case 'Tuple': {
      const yt = y as typeof x;
      return x.vars.length === yt.vars.length && x.vars.every((v, i) => ident(v.type, yt.vars[i].type, seen));
    }
    case 'Signature': {
      const ys = y as typeof x;
      return x.variadic === ys.variadic && ident(x.params, ys.params, seen) && ident(x.results, ys.results, seen);
    }
    case 'Interface': {
      const yi = y as Interface;
      const xm = interfaceMethods(x);
      const ym = interfaceMethods(yi);
      if (xm.length !== ym.length) return false;
      const next: [Type, Type][] = [...seen, [x, y]];
      return xm.every((m, i) => m.name === ym[i].name && ident(m.type, ym[i].type, next));
    }
  }
}

export function isExported(name: string): boolean {
  const c = name.codePointAt(0) ?? 0;
  return (c >= 65 && c <= 90) || (c > 127 && String.fromCodePoint(c).toUpperCase() === String.fromCodePoint(c) && String.fromCodePoint(c).toLowerCase() !== String.fromCodePoint(c));
}

/** All methods of an interface including embedded ones, sorted by name (computed once). */
export function interfaceMethods(t: Interface): Interface['methods'] {
  if (t.allMethods) return t.allMethods;
  t.allMethods = []; // guards against an interface embedding itself
  const all = new Map<string, Interface['methods'][number]>();
  for (const m of t.methods) all.set(m.name, m);
  for (const e of t.embeddeds) {
    const u = under(e);
    if (u.kind !== 'Interface') continue;
    for (const m of interfaceMethods(u)) if (!all.has(m.name)) all.set(m.name, m);
  }
  t.allMethods = [...all.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return t.allMethods;
}

/** Comparable with == (spec: not slices, maps, functions, or structs/arrays containing them). */
export function comparable(t: Type, seen: Set<Type> = new Set()): boolean {
  if (seen.has(t)) return true;
  seen.add(t);
  const u = under(t);
  switch (u.kind) {
    case 'Basic':
      return u.basic !== 'untyped nil';
    case 'Pointer': case 'Chan': case 'Interface':
      return true;
    case 'Struct':
      return u.fields.every((f) => comparable(f.type, seen));
    case 'Array':
      return comparable(u.elem, seen);
    default:
      return false;
  }
}
