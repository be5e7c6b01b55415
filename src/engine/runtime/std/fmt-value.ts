// fmt's %v family: how Go prints each kind of value (sorted map keys, &{…} for pointers to structs).
import { under, type Type } from '../../check/types.ts';
import { typeString } from '../../check/type-string.ts';
import { Iface } from '../values/iface.ts';
import { SliceVal } from '../values/slice.ts';
import { fromByteString } from '../values/bytes.ts';
import { formatFloatG } from './format-float.ts';
import { Hmap } from '../map/hmap.ts';
import { minTopHash } from '../map/tophash.ts';
import { Mutex, WaitGroup } from './sync-objects.ts';
import { GoError } from './errors.ts';

export interface VFlags {
  plus: boolean;
  sharp: boolean;
}

const plain: VFlags = { plus: false, sharp: false };

/** Go's type name as %T and panics print it (`main.Counter`, `[]int`, `map[string]int`). */
export function goTypeName(t: Type): string {
  return typeString(t, (pkg) => pkg ?? '');
}

/** Formats a value of static type t as %v (or %+v with flags.plus). Result is a byte string. */
export function formatValue(t: Type, v: unknown, flags: VFlags = plain, depth = 0): string {
  if (depth > 20) return '...';
  const u = under(t);
  switch (u.kind) {
    case 'Basic':
      return formatBasic(u.basic, v);
    case 'Interface':
      if (v === null) return '<nil>';
      return formatValue((v as Iface).t, (v as Iface).v, flags, depth + 1);
    case 'Pointer': {
      if (v === null) return '<nil>';
      const eu = under(u.elem);
      if (depth === 0 && (eu.kind === 'Struct' || eu.kind === 'Array' || eu.kind === 'Slice' || eu.kind === 'Map')) return '&' + formatValue(u.elem, v, flags, depth + 1);
      return '0xc000010000';
    }
    case 'Struct': {
      const fields = v as unknown[];
      const parts = u.fields.map((f, i) => (flags.plus ? `${f.name}:` : '') + formatValue(f.type, fields[i], flags, depth + 1));
      return `{${parts.join(' ')}}`;
    }
    case 'Array': {
      const arr = v as unknown[];
      return `[${arr.map((x) => formatValue(u.elem, x, flags, depth + 1)).join(' ')}]`;
    }
    case 'Slice': {
      if (v === null) return '[]';
      const s = v as SliceVal;
      const out: string[] = [];
      for (let i = 0; i < s.len; i++) out.push(formatValue(u.elem, s.arr[s.off + i], flags, depth + 1));
      return `[${out.join(' ')}]`;
    }
    case 'Map': {
      if (v === null) return 'map[]';
      const entries = mapEntries(v as Hmap<unknown, unknown>);
      entries.sort((a, b) => compareKeys(u.key, a[0], b[0]));
      return `map[${entries.map(([k, x]) => `${formatValue(u.key, k, flags, depth + 1)}:${formatValue(u.elem, x, flags, depth + 1)}`).join(' ')}]`;
    }
    case 'Chan':
    case 'Signature':
      return v === null ? '<nil>' : '0xc000010000';
    default:
      return String(v);
  }
}

function formatBasic(kind: string, v: unknown): string {
  if (kind === 'string' || kind === 'untyped string') return v as string;
  if (kind === 'float64' || kind === 'untyped float') return formatFloatG(v as number, 64);
  if (kind === 'float32') return formatFloatG(v as number, 32);
  return String(v);
}

/**
 * Every entry of a map, read directly from its buckets (fmt walks a map with the runtime's iterator
 * in Go; the order does not matter because fmt sorts). Slots with tophash ≥ minTopHash hold live
 * entries; evacuated old buckets carry marks below it, so nothing is counted twice during growth.
 */
export function mapEntries(h: Hmap<unknown, unknown>): [unknown, unknown][] {
  const out: [unknown, unknown][] = [];
  for (const arr of [h.oldbuckets, h.buckets]) {
    if (!arr) continue;
    for (const first of arr) {
      for (let b: typeof first | null = first; b !== null; b = b.overflow) {
        for (let i = 0; i < 8; i++) if (b.tophash[i] >= minTopHash) out.push([b.keys[i], b.elems[i]]);
      }
    }
  }
  return out;
}

/** fmt's sorted key order (internal/fmtsort): numbers numerically, strings bytewise, bools false first. */
function compareKeys(t: Type, a: unknown, b: unknown): number {
  const u = under(t);
  if (u.kind === 'Struct') {
    for (let i = 0; i < u.fields.length; i++) {
      const c = compareKeys(u.fields[i].type, (a as unknown[])[i], (b as unknown[])[i]);
      if (c !== 0) return c;
    }
    return 0;
  }
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean') return Number(a) - Number(b);
  return 0;
}

export function displayBytes(s: string): string {
  return fromByteString(s);
}

export { Mutex, WaitGroup, GoError };
