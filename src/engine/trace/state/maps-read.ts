// Questions a view asks of a folded map: its arrays and chains, each slot, its live entries, its
// flags by name, and the moves of its last evacuation.
import type { TraceMove, TraceValue } from '../events.ts';
import type { TraceReader } from '../reader.ts';
import type { ArraySpan, MapState } from './maps.ts';

/** Go's tophash markers (runtime/map/tophash.ts); live slots carry 5 … 255. */
export const emptyRest = 0;
export const emptyOne = 1;
export const evacuatedX = 2;
export const evacuatedY = 3;
export const evacuatedEmpty = 4;
export const minTopHash = 5;

/** hmap.flags bits (runtime/map/flags.ts), in bit order. */
export const flagBits = [
  { bit: 1, name: 'iterator' },
  { bit: 2, name: 'oldIterator' },
  { bit: 4, name: 'hashWriting' },
  { bit: 8, name: 'sameSizeGrow' },
] as const;

export type FlagName = (typeof flagBits)[number]['name'];

/** The set bits of `flags`, by Go's names. */
export function flagNames(flags: number): FlagName[] {
  return flagBits.filter((f) => (flags & f.bit) !== 0).map((f) => f.name);
}

/** A readable name for a tophash byte: the marker's Go name, or the byte in hex. */
export function tophashLabel(top: number): string {
  switch (top) {
    case emptyRest: return 'emptyRest';
    case emptyOne: return 'emptyOne';
    case evacuatedX: return 'evacuatedX';
    case evacuatedY: return 'evacuatedY';
    case evacuatedEmpty: return 'evacuatedEmpty';
    default: return `0x${top.toString(16).padStart(2, '0')}`;
  }
}

export interface SlotContents {
  top: number;
  key: TraceValue;
  elem: TraceValue;
}

export function slotContents(m: MapState, bucket: number, slot: number): SlotContents {
  return { top: m.store.top(bucket, slot), key: m.store.key(bucket, slot), elem: m.store.elem(bucket, slot) };
}

/** Main bucket `i` of `span` and its overflow buckets, as ids in chain order. */
export function chain(m: MapState, span: ArraySpan, i: number): number[] {
  const ids: number[] = [];
  if (!Number.isInteger(i) || i < 0 || i >= span.n) return ids;
  // Chains are short; the bound only stops a cycle a malformed trace could link.
  for (let id = span.first + i; id >= 0 && ids.length < 4096; id = m.store.next(id)) ids.push(id);
  return ids;
}

/** Whether old bucket `i` has been evacuated (its slot 0 carries an evacuated mark). */
export function oldBucketEvacuated(m: MapState, i: number): boolean {
  if (m.oldbuckets === null || i < 0 || i >= m.oldbuckets.n) return true;
  const top = m.store.top(m.oldbuckets.first + i, 0);
  return top > emptyOne && top < minTopHash;
}

/**
 * The map's entries as a reader sees them: live slots of the old buckets not yet evacuated, then
 * of the current array. (A maps.Clone copy's buckets are not traced: see MapState.clonedFrom.)
 */
export function liveEntries(m: MapState): Array<[TraceValue, TraceValue]> {
  const out: Array<[TraceValue, TraceValue]> = [];
  const collect = (span: ArraySpan, skip: (i: number) => boolean): void => {
    for (let i = 0; i < span.n; i++) {
      if (skip(i)) continue;
      for (const id of chain(m, span, i)) {
        for (let s = 0; s < 8; s++) if (m.store.top(id, s) >= minTopHash) out.push([m.store.key(id, s), m.store.elem(id, s)]);
      }
    }
  };
  if (m.oldbuckets !== null) collect(m.oldbuckets, (i) => oldBucketEvacuated(m, i));
  if (m.buckets !== null) collect(m.buckets, () => false);
  return out;
}

/** The moves of the map's last evacuation, read back from the trace (empty when there is none). */
export function lastEvacuationMoves(m: MapState, reader: TraceReader): TraceMove[] {
  if (m.lastEvacuation === null) return [];
  const e = reader.get(m.lastEvacuation.index);
  return e !== undefined && e.kind === 'map.bucket.evacuated' ? e.moves : [];
}

/** While growing: how many old buckets have been evacuated (in any order), out of how many. */
export function evacuationProgress(m: MapState): { done: number; total: number } {
  if (m.oldbuckets === null) return { done: 0, total: 0 };
  let done = 0;
  for (let i = 0; i < m.oldbuckets.n; i++) if (oldBucketEvacuated(m, i)) done++;
  return { done, total: m.oldbuckets.n };
}
