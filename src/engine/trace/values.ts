// How Go values from the VM are kept in a trace: inline tags for the common cases, text for the rest.
import { fromByteString } from '../runtime/values/bytes.ts';
import type { TraceValue } from './events.ts';

/** Value tags in the writer's int stream; each tag is followed by one payload int. */
export const enum ValueTag {
  Absent = 0,
  /** Payload: the int32 itself. */
  Int = 1,
  /** Payload: index into the float64 column. */
  Num = 2,
  /** Payload: string-table index of a Go byte string. */
  Bytes = 3,
  /** Payload: 0 or 1. */
  Bool = 4,
  Nil = 5,
  /** Payload: string-table index of the value's text. */
  Text = 6,
  /** Payload: string-table index of an already decoded (UTF-16) Go string. */
  Str = 7,
}

/** Go's text for a float that JSON cannot hold. */
export function nonFiniteText(n: number): string {
  return Number.isNaN(n) ? 'NaN' : n > 0 ? '+Inf' : '-Inf';
}

/**
 * A short Go-like text for values the trace does not keep structurally: aggregates print as
 * `{a b}` (as fmt's %v does for structs and arrays), anything else with an identity as `0x…`
 * (addresses mean nothing in the lab, DESIGN.md rule 3).
 */
export function describeValue(v: unknown, depth = 0): string {
  if (v === undefined) return '_';
  if (v === null) return 'nil';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : nonFiniteText(v);
  if (typeof v === 'string') return JSON.stringify(fromByteString(v));
  if (typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (Array.isArray(v)) {
    if (depth >= 3) return '{…}';
    const items = v.slice(0, 8).map((x: unknown) => describeValue(x, depth + 1));
    return `{${items.join(' ')}${v.length > 8 ? ' …' : ''}}`;
  }
  return '0x…';
}

/** The decoded form of a raw VM value (for side-table payloads, built once at write time). */
export function toTraceValue(v: unknown): TraceValue {
  if (v === undefined || v === null || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : { text: nonFiniteText(v) };
  if (typeof v === 'string') return fromByteString(v);
  return { text: describeValue(v) };
}
