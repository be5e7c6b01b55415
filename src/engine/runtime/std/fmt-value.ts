// fmt's %v family: how Go prints each kind of value (sorted map keys, &{…} for pointers to structs).
import { under, type Type } from '../../check/types.ts';
import { reflectTypeName } from './reflect-type-name.ts';
import { Iface } from '../values/iface.ts';
import { SliceVal } from '../values/slice.ts';
import { fromByteString } from '../values/bytes.ts';
import { formatFloatG } from './format-float.ts';
import { iterInitOp, iterNextOp, type AnyGoMap } from './map-model.ts';
import { runToEnd } from '../map/map-op.ts';
import { GoFatal } from '../../vm/faults.ts';
import { Mutex, WaitGroup } from './sync-objects.ts';
import { GoError } from './errors.ts';
import type { MethodHook } from './fmt-methods.ts';
import { formatGoSyntax } from './fmt-gosyntax.ts';
import { goQuote } from './quote.ts';
import { isExported } from '../../check/predicates.ts';

export interface VFlags {
  plus: boolean;
  sharp: boolean;
  /** fmt's handleMethods (Error, String), when the verb uses them; see fmt-methods.ts. */
  method?: MethodHook;
}

const plain: VFlags = { plus: false, sharp: false };

/** Go's type name as %T and panics print it (`main.Counter`, `[]int`, `map[string]int`). */
export function goTypeName(t: Type): string {
  return reflectTypeName(t);
}

/** Formats a leaf value (not a composite) for a verb other than %v; undefined means "use %v". */
export type Leaf = (t: Type, v: unknown) => string | undefined;

/**
 * Formats a value of static type t as %v (or %+v with flags.plus), applying `leaf` to each
 * non-composite value inside it (how Go applies %d or %q to the elements of a slice). Result is a
 * byte string.
 */
export function formatValue(t: Type, v: unknown, flags: VFlags = plain, depth = 0, leaf?: Leaf): string {
  if (depth > 20) return '...';
  if (flags.sharp && depth === 0) return formatGoSyntax(t, v, { quote: goQuote, mapEntries, compareKeys });
  if (flags.method) {
    const viaMethod = flags.method(t, v);
    if (viaMethod !== undefined) return viaMethod;
  }
  const u = under(t);
  if (leaf && (u.kind === 'Basic' || v instanceof GoError)) {
    const out = leaf(t, v);
    if (out !== undefined) return out;
  }
  if (v instanceof GoError) return v.message;
  const rec = (et: Type, ev: unknown) => formatValue(et, ev, flags, depth + 1, leaf);
  switch (u.kind) {
    case 'Basic':
      return formatBasic(u.basic, v);
    case 'Interface':
      if (v === null) return '<nil>';
      return formatValue((v as Iface).t, (v as Iface).v, flags, depth + 1, leaf);
    case 'Pointer': {
      if (v === null) return '<nil>';
      const eu = under(u.elem);
      if (depth === 0 && (eu.kind === 'Struct' || eu.kind === 'Array' || eu.kind === 'Slice' || eu.kind === 'Map')) return '&' + rec(u.elem, v);
      return '0xc000010000';
    }
    case 'Struct': {
      const fields = v as unknown[];
      // Values reached through unexported fields cannot be interfaced, so fmt calls no methods on them.
      const hidden = flags.method ? { ...flags, method: undefined } : flags;
      const parts = u.fields.map((f, i) => (flags.plus ? `${f.name}:` : '') + (isExported(f.name) || !flags.method ? rec(f.type, fields[i]) : formatValue(f.type, fields[i], hidden, depth + 1, leaf)));
      return `{${parts.join(' ')}}`;
    }
    case 'Array': {
      const arr = v as unknown[];
      return `[${arr.map((x) => rec(u.elem, x)).join(' ')}]`;
    }
    case 'Slice': {
      if (v === null) return '[]';
      const s = v as SliceVal;
      const out: string[] = [];
      for (let i = 0; i < s.len; i++) out.push(rec(u.elem, s.arr[s.off + i]));
      return `[${out.join(' ')}]`;
    }
    case 'Map': {
      if (v === null) return 'map[]';
      const entries = mapEntries(v as AnyGoMap);
      entries.sort((a, b) => compareKeys(u.key, a[0], b[0]));
      return `map[${entries.map(([k, x]) => `${rec(u.key, k)}:${rec(u.elem, x)}`).join(' ')}]`;
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
 * Every entry of a map, read with the runtime's iterator as fmt does in Go (so printing a map
 * while another goroutine writes it is an iteration that can meet the writer). Order does not
 * matter: fmt sorts the keys.
 */
export function mapEntries(h: AnyGoMap): [unknown, unknown][] {
  const out: [unknown, unknown][] = [];
  const first = runToEnd(iterInitOp(h, 0));
  if (first.kind !== 'ok') throw new GoFatal(first.kind === 'fatal' ? first.message : 'map iteration failed');
  const it = first.value;
  while (!it.done) {
    out.push([it.key, it.elem]);
    const r = runToEnd(iterNextOp(it));
    if (r.kind === 'fatal') throw new GoFatal(r.message);
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
