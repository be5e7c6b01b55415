// Interface satisfaction: which method of an interface a type lacks, and why (go/types missingMethod).
import { identical, interfaceMethods } from './predicates.ts';
import { lookupFieldOrMethod } from './lookup.ts';
import { signatureString, typeString } from './type-string.ts';
import { under, type Func, type Interface, type Type } from './types.ts';

export type MissingMethod =
  | null
  | { method: Func; reason: 'missing' }
  | { method: Func; reason: 'ptrRecv' }
  | { method: Func; reason: 'ambiguous' }
  | { method: Func; reason: 'wrongType'; have: Func }
  | { method: Func; reason: 'wrongName'; have: Func };

/** The first method (by name) of interface T that V's method set lacks, or null when V implements T. */
export function missingMethod(V: Type, T: Interface): MissingMethod {
  const vu = under(V);
  for (const m of interfaceMethods(T)) {
    if (vu.kind === 'Interface') {
      const have = interfaceMethods(vu).find((h) => h.name === m.name);
      if (!have) return { method: m, reason: 'missing' };
      if (!identical(have.type, m.type)) return { method: m, reason: 'wrongType', have };
      continue;
    }
    const r = lookupFieldOrMethod(V, false, m.name);
    if (r.kind === 'ptrRecv') return { method: m, reason: 'ptrRecv' };
    if (r.kind === 'ambiguous') return { method: m, reason: 'ambiguous' };
    if (r.kind !== 'found' || r.obj.kind !== 'Func') {
      const alt = lookupFieldOrMethod(V, false, m.name, true);
      if (alt.kind === 'found' && alt.obj.kind === 'Func') return { method: m, reason: 'wrongName', have: alt.obj };
      return { method: m, reason: 'missing' };
    }
    if (!identical(r.obj.type, m.type)) return { method: m, reason: 'wrongType', have: r.obj };
  }
  return null;
}

/** The cause text go/types appends: `S does not implement I (missing method M)` and its variants. */
export function implementsCause(V: Type, T: Type, mm: NonNullable<MissingMethod>): string {
  const head = `${typeString(V)} does not implement ${typeString(T)}`;
  const m = mm.method;
  if (V.kind === 'Pointer' && under(V.elem).kind === 'Interface') return `${head} (type ${typeString(V)} is pointer to interface, not interface)`;
  switch (mm.reason) {
    case 'missing':
      return `${head} (missing method ${m.name})`;
    case 'ptrRecv':
      return `${head} (method ${m.name} has pointer receiver)`;
    case 'ambiguous':
      return `${head} (ambiguous selector ${typeString(V)}.${m.name})`;
    case 'wrongType':
    case 'wrongName': {
      const what = mm.reason === 'wrongType' ? 'wrong type for method' : 'missing method';
      const sig = (f: Func) => f.name + signatureString(f.type, undefined, undefined, false);
      return `${head} (${what} ${m.name})\n\t\thave ${sig(mm.have)}\n\t\twant ${sig(m)}`;
    }
  }
}
