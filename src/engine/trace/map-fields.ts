// Flattens the map model's events (runtime/map/map-events.ts) into the trace schema's fields.
//
// Slot addresses become bucket/slot pairs (-1 for none), map and iterator ids the trace's own,
// and nested payloads (evacuation moves, tophash marks, cleared buckets) become plain data with
// keys and elems as TraceValues, ready for the side table.
import type { BucketSnapshot, EvacuationMove, MapEvent, SlotAddr } from '../runtime/map/map-events.ts';
import type { TraceBucketSnapshot, TraceMove } from './events.ts';
import { toTraceValue } from './values.ts';

function at(a: SlotAddr | null): { bucket: number; slot: number } {
  return a === null ? { bucket: -1, slot: -1 } : { bucket: a.bucket, slot: a.slot };
}

function move(mv: EvacuationMove): TraceMove {
  return {
    fromBucket: mv.from.bucket, fromSlot: mv.from.slot,
    toBucket: mv.to ? mv.to.bucket : -1, toSlot: mv.to ? mv.to.slot : -1,
    tophashBefore: mv.tophashBefore, mark: mv.mark, tophashTo: mv.tophashTo,
    key: toTraceValue(mv.key), elem: toTraceValue(mv.elem),
  };
}

function snapshot(b: BucketSnapshot): TraceBucketSnapshot {
  return {
    bucket: b.bucket, tophash: b.tophash.slice(),
    keys: b.keys.map(toTraceValue), elems: b.elems.map(toTraceValue),
    overflow: b.overflow ?? -1,
  };
}

/** The event's fields by schema name; `ids` translates the model's map and iterator ids. */
export function mapEventFields(e: MapEvent, ids: { map(id: number): number; iter(id: number): number }): Record<string, unknown> {
  const map = ids.map(e.map);
  switch (e.kind) {
    case 'map.made':
      return { ...e, map, firstBucket: e.firstBucket ?? -1 };
    case 'map.buckets.allocated':
    case 'map.write.began':
    case 'map.write.ended':
    case 'map.overflow.linked':
    case 'map.grew':
      return { ...e, map };
    case 'map.iter.started':
    case 'map.iter.finished':
      return { ...e, map, iter: ids.iter(e.iter) };
    case 'map.slot.written':
    case 'map.key.updated':
    case 'map.slot.deleted':
      return { ...e, map, ...at(e.at) };
    case 'map.elem.stored':
      return { map, ...at(e.at), elemBefore: e.before, elemAfter: e.after };
    case 'map.tophash.marked':
      return { map, changes: e.changes.map((c) => ({ ...at(c.at), before: c.before, after: c.after })) };
    case 'map.hash0.changed':
      return { map, hash0Before: e.before, hash0After: e.after };
    case 'map.bucket.evacuated':
      return { ...e, map, moves: e.moves.map(move) };
    case 'map.cleared':
      return {
        ...e, map,
        oldFirstBucket: e.oldbucketsBefore ? e.oldbucketsBefore.firstBucket : -1,
        oldNbuckets: e.oldbucketsBefore ? e.oldbucketsBefore.nbuckets : 0,
        buckets: e.before.map(snapshot),
      };
    case 'map.read':
      return { ...e, map, ...at(e.at) };
    case 'map.iter.yielded':
      return { ...e, map, iter: ids.iter(e.iter), ...at(e.at) };
    case 'map.cloned':
      return { map, clone: ids.map(e.clone), count: e.count };
  }
}
