// Field and method lookup through embedded fields (promotion), as go/types lookupFieldOrMethod.
//
// The search is breadth-first by embedding depth: the shallowest match wins, and two matches at
// the same depth make the selector ambiguous. A method with a pointer receiver found on a
// non-addressable value of a non-pointer type is reported as such ("pointer receiver").
import { interfaceMethods, isExported } from './predicates.ts';
import { under, type Func, type Named, type Type, type Var } from './types.ts';

export type LookupResult =
  | { kind: 'found'; obj: Var | Func; index: number[]; indirect: boolean }
  /** A pointer-receiver method on a value that is not addressable. */
  | { kind: 'ptrRecv'; obj: Func; index: number[] }
  | { kind: 'ambiguous'; index: number[] }
  | { kind: 'notFound' };

interface Entry {
  type: Type;
  index: number[];
  indirect: boolean;
}

function deref(t: Type): { type: Type; ptr: boolean } {
  if (t.kind === 'Pointer') return { type: t.elem, ptr: true };
  const u = under(t);
  if (t.kind === 'Named' && u.kind === 'Pointer') return { type: u.elem, ptr: true };
  return { type: t, ptr: false };
}

/**
 * Looks up `name` in type T. `addressable` says whether the operand is addressable (so pointer
 * methods are callable on it). With foldCase, names match case-insensitively (for "but does have" hints).
 */
export function lookupFieldOrMethod(T: Type, addressable: boolean, name: string, foldCase = false): LookupResult {
  if (name === '_') return { kind: 'notFound' };
  // Unexported names of other packages are invisible from the learner's package (but the folded
  // lookup, which only finds hints for messages, sees them).
  const visible = (o: { name: string; pkg: string | null }) => foldCase || o.pkg === 'main' || o.pkg === null || isExported(o.name);
  const match = (n: string) => (foldCase ? n.toLowerCase() === name.toLowerCase() : n === name);
  // Methods declared on a named pointer type are not in its method set; look through it only for fields.
  const start = deref(T);
  if (start.ptr && under(start.type).kind === 'Interface') return { kind: 'notFound' };
  let current: Entry[] = [{ type: start.type, index: [], indirect: start.ptr }];
  const seen = new Set<Named>();
  while (current.length > 0) {
    const next: Entry[] = [];
    let found: { obj: Var | Func; index: number[]; indirect: boolean } | null = null;
    let count = 0;
    for (const e of current) {
      let typ = e.type;
      if (typ.kind === 'Named') {
        if (seen.has(typ)) continue;
        seen.add(typ);
        for (const m of typ.methods) {
          if (match(m.name) && visible(m)) {
            count++;
            found = { obj: m, index: e.index, indirect: e.indirect };
          }
        }
        typ = under(typ);
      }
      if (typ.kind === 'Struct') {
        typ.fields.forEach((f, i) => {
          if (match(f.name) && visible(f)) {
            count++;
            found = { obj: f, index: [...e.index, i], indirect: e.indirect };
          }
          if (f.embedded) {
            const d = deref(f.type);
            next.push({ type: d.type, index: [...e.index, i], indirect: e.indirect || d.ptr });
          }
        });
      } else if (typ.kind === 'Interface') {
        for (const m of interfaceMethods(typ)) {
          if (match(m.name) && visible(m)) {
            count++;
            found = { obj: m, index: e.index, indirect: e.indirect };
          }
        }
      }
    }
    if (found !== null) {
      const f: { obj: Var | Func; index: number[]; indirect: boolean } = found;
      if (count > 1) return { kind: 'ambiguous', index: f.index };
      if (f.obj.kind === 'Func' && f.obj.ptrRecv && !f.indirect && !addressable) return { kind: 'ptrRecv', obj: f.obj, index: f.index };
      return { kind: 'found', obj: f.obj, index: f.index, indirect: f.indirect };
    }
    current = next;
  }
  return { kind: 'notFound' };
}
