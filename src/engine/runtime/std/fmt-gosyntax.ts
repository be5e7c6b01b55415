// fmt's %#v: values in Go syntax (`main.Point{X:1, Y:2}`, `[]int(nil)`, `map[string]int{"a":1}`).
import { under, type Type } from '../../check/types.ts';
import { Iface } from '../values/iface.ts';
import type { SliceVal } from '../values/slice.ts';
import type { AnyGoMap } from './map-model.ts';
import { reflectTypeName } from './reflect-type-name.ts';
import { formatFloatG } from './format-float.ts';
import { GoError } from './errors.ts';

export interface GoSyntaxHelpers {
  quote: (s: string) => string;
  mapEntries: (h: AnyGoMap) => [unknown, unknown][];
  compareKeys: (t: Type, a: unknown, b: unknown) => number;
}

export function formatGoSyntax(t: Type, v: unknown, h: GoSyntaxHelpers, depth = 0): string {
  if (depth > 20) return '...';
  const name = reflectTypeName(t);
  const rec = (et: Type, ev: unknown) => formatGoSyntax(et, ev, h, depth + 1);
  const u = under(t);
  switch (u.kind) {
    case 'Basic':
      if (u.basic === 'string' || u.basic === 'untyped string') return h.quote(v as string);
      if (u.basic.startsWith('uint')) return '0x' + (v as number).toString(16);
      if (u.basic.startsWith('float') || u.basic === 'untyped float') return formatFloatG(v as number, u.basic === 'float32' ? 32 : 64);
      return String(v);
    case 'Interface':
      if (v === null) return `${name}(nil)`;
      return rec((v as Iface).t, (v as Iface).v);
    case 'Pointer': {
      if (v === null) return `(${name})(nil)`;
      if (v instanceof GoError) return `&${reflectTypeName(u.elem)}{s:${h.quote(v.message)}}`;
      const eu = under(u.elem);
      if (depth === 0 && (eu.kind === 'Struct' || eu.kind === 'Array')) return '&' + rec(u.elem, v);
      return `(${name})(0xc000010000)`;
    }
    case 'Struct': {
      const fields = v as unknown[];
      return `${name}{${u.fields.map((f, i) => `${f.name}:${rec(f.type, fields[i])}`).join(', ')}}`;
    }
    case 'Array':
      return `${name}{${(v as unknown[]).map((x) => rec(u.elem, x)).join(', ')}}`;
    case 'Slice': {
      if (v === null) return `${name}(nil)`;
      const s = v as SliceVal;
      const out: string[] = [];
      for (let i = 0; i < s.len; i++) out.push(rec(u.elem, s.arr[s.off + i]));
      return `${name}{${out.join(', ')}}`;
    }
    case 'Map': {
      if (v === null) return `${name}(nil)`;
      const entries = h.mapEntries(v as AnyGoMap).sort((a, b) => h.compareKeys(u.key, a[0], b[0]));
      return `${name}{${entries.map(([k, x]) => `${rec(u.key, k)}:${rec(u.elem, x)}`).join(', ')}}`;
    }
    case 'Chan':
    case 'Signature':
      return v === null ? `(${name})(nil)` : `(${name})(0xc000010000)`;
    default:
      return String(v);
  }
}
