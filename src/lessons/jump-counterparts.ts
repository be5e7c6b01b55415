// The same moment in the other map design: a jump written with a bucket-map event kind (map.*)
// lands, in a Swiss-table run (Go 1.24+), on the swiss.* kind that marks the same moment, and back.
//
// Only true counterparts are listed: the `writing` flag toggles where `hashWriting` did, a new key
// takes a slot in both, reads, deletes, clears, iteration and clones happen in both. Growth does
// not match (buckets double and evacuate a few at a time; a Swiss table is rebuilt at once or
// split), nor do overflow buckets, tophash marks or probing: a step about those pins its Go version.
import type { EventName } from '../engine/trace/index.ts';

/** Bucket-map kind → the Swiss-table kind of the same moment. */
export const swissCounterparts: Readonly<Partial<Record<EventName, EventName>>> = {
  'map.made': 'swiss.made',
  // The first write allocates storage in both: the bucket array, or the small map's one group.
  'map.buckets.allocated': 'swiss.group.allocated',
  'map.write.began': 'swiss.write.began',
  'map.write.ended': 'swiss.write.ended',
  'map.slot.written': 'swiss.slot.written',
  'map.key.updated': 'swiss.key.updated',
  'map.elem.stored': 'swiss.elem.stored',
  'map.slot.deleted': 'swiss.slot.deleted',
  'map.hash0.changed': 'swiss.seed.changed',
  'map.cleared': 'swiss.cleared',
  'map.read': 'swiss.read',
  'map.iter.started': 'swiss.iter.started',
  'map.iter.yielded': 'swiss.iter.yielded',
  'map.iter.finished': 'swiss.iter.finished',
  'map.cloned': 'swiss.cloned',
};

const bucketCounterparts: Partial<Record<EventName, EventName>> = Object.fromEntries(Object.entries(swissCounterparts).map(([b, s]) => [s, b]));

export type MapDesign = 'bucket' | 'swiss';

/**
 * The kind to look for in a run of `design`: `kind` itself when it is not a map event or already
 * belongs to that design, its counterpart when there is one, else null (no such moment there).
 */
export function kindInDesign(kind: EventName, design: MapDesign): EventName | null {
  const swissKind = kind.startsWith('swiss.');
  const bucketKind = kind.startsWith('map.');
  if (design === 'swiss' && bucketKind) return swissCounterparts[kind] ?? null;
  if (design === 'bucket' && swissKind) return bucketCounterparts[kind] ?? null;
  return kind;
}
