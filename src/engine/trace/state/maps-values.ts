// How the maps slice keeps keys and elems compactly: a tag byte plus a float64 payload per value.
//
// A map with a million entries holds two million TraceValues; as JS objects in arrays they would
// cost a pointer each plus boxed doubles and copy slowly into keyframes. As (tag, number) pairs in
// typed arrays they copy with one memcpy. Strings and `{text}` values are interned: the table only
// grows, and interning is idempotent, so every clone of a state may share it.
import type { TraceValue } from '../events.ts';

/** Value tags; 0 is zeroed memory, so a fresh typed array reads as all-undefined. */
export const enum Tag {
  Undefined = 0,
  Number = 1,
  String = 2,
  True = 3,
  False = 4,
  Nil = 5,
  Text = 6,
}

/** Interned strings, shared by a state and all its clones (append-only). */
export class StringTable {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];

  intern(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(s);
      this.ids.set(s, id);
    }
    return id;
  }

  /** Left out of JSON: the table is a cache that only grows, not part of any state. */
  toJSON(): undefined {
    return undefined;
  }

  at(id: number): string {
    return this.list[id] ?? '';
  }
}

/** The tag of `v`; `payloadOf` gives its number. */
export function tagOf(v: TraceValue): Tag {
  if (v === undefined) return Tag.Undefined;
  if (v === null) return Tag.Nil;
  switch (typeof v) {
    case 'number':
      return Tag.Number;
    case 'string':
      return Tag.String;
    case 'boolean':
      return v ? Tag.True : Tag.False;
    default:
      return Tag.Text;
  }
}

export function payloadOf(v: TraceValue, tag: Tag, strings: StringTable): number {
  switch (tag) {
    case Tag.Number:
      return v as number;
    case Tag.String:
      return strings.intern(v as string);
    case Tag.Text:
      return strings.intern((v as { text: string }).text);
    default:
      return 0;
  }
}

export function decodeValue(tag: number, payload: number, strings: StringTable): TraceValue {
  switch (tag as Tag) {
    case Tag.Number:
      return payload;
    case Tag.String:
      return strings.at(payload);
    case Tag.True:
      return true;
    case Tag.False:
      return false;
    case Tag.Nil:
      return null;
    case Tag.Text:
      return { text: strings.at(payload) };
    default:
      return undefined;
  }
}

/** Whether two trace values are the same Go value as the trace keeps them (NaN texts included). */
export function sameValue(a: TraceValue, b: TraceValue): boolean {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) return a.text === b.text;
  return Object.is(a, b) || (typeof a === 'number' && a === b);
}
