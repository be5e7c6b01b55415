// Invalid recursive types: a struct or array that contains itself by value has infinite size.
import type { Checker } from './context.ts';
import { invalidType, type Named, type Obj, type Type } from './types.ts';

export function checkValidTypes(c: Checker, order: Obj[]): void {
  const reported = new Set<Named>();
  for (const o of order) {
    if (o.kind !== 'TypeName' || o.type.kind !== 'Named') continue;
    const path: Named[] = [];
    const cycle = findCycle(o.type, o.type, path, new Set());
    if (cycle && !reported.has(o.type)) {
      for (const n of cycle) reported.add(n);
      if (cycle.length === 1) c.error('invalid_recursive_type_self', { pos: o.pos, end: o.pos + o.name.length }, o.name);
      else {
        const lines = cycle.map((n, i) => {
          const next = cycle[(i + 1) % cycle.length];
          const p = c.file.position(n.obj.pos);
          return `\t${c.file.name}:${p.line}:${p.column}: ${n.obj.name} refers to ${next.obj.name}`;
        });
        const first = cycle[0].obj;
        c.error('invalid_recursive_type', { pos: first.pos, end: first.pos + first.name.length }, first.name, lines.join('\n'));
      }
      for (const n of cycle) n.underlying = invalidType;
    }
  }
}

/** Follows value containment (struct fields, array elements) from t looking for start. */
function findCycle(start: Named, t: Type, path: Named[], seen: Set<Type>): Named[] | null {
  if (t.kind === 'Named') {
    if (path.length > 0 && t === start) return path.slice();
    if (path.includes(t) || seen.has(t)) return null;
    seen.add(t);
    path.push(t);
    const r = t.underlying ? findCycle(start, t.underlying, path, seen) : null;
    path.pop();
    return r;
  }
  if (t.kind === 'Struct') {
    for (const f of t.fields) {
      const r = findCycle(start, f.type, path, seen);
      if (r) return r;
    }
  }
  if (t.kind === 'Array') return findCycle(start, t.elem, path, seen);
  return null;
}
