// What the map model reports as it works: one event per state change, carrying old and new values.
//
// A sink is optional; every emit site is guarded by `if (h.sink)`, so a map without one pays
// one property read per phase and builds no event objects. The events are plain data apart
// from keys and elems, which are the caller's own values (K, V); a trace writer converts them.
// Each event carries what is needed to undo it, so a player can step backwards by reverting.
import type { BucketId, MapId } from './bucket.ts';

/** Which runtime write function toggled hashWriting. */
export type WriteKind = 'mapassign' | 'mapdelete' | 'mapclear';

/** A slot address a view can draw. */
export interface SlotAddr {
  bucket: BucketId;
  slot: number;
}

/** A bucket's full contents, for events that rewrite many slots at once (clear). */
export interface BucketSnapshot<K = unknown, V = unknown> {
  bucket: BucketId;
  tophash: number[];
  keys: Array<K | undefined>;
  elems: Array<V | undefined>;
  overflow: BucketId | null;
}

/** One entry moved by evacuate: where it was, where it went, and the mark left behind. */
export interface EvacuationMove<K = unknown, V = unknown> {
  from: SlotAddr;
  /** Null when the old slot was empty and only got the evacuatedEmpty mark. */
  to: SlotAddr | null;
  tophashBefore: number;
  /** evacuatedX, evacuatedY or evacuatedEmpty. */
  mark: number;
  /** The tophash written at `to` (differs from tophashBefore only for NaN keys). */
  tophashTo: number;
  key: K | undefined;
  elem: V | undefined;
}

export type MapEvent<K = unknown, V = unknown> =
  | { kind: 'map.made'; map: MapId; B: number; hash0: number; firstBucket: BucketId | null; nbuckets: number }
  | { kind: 'map.buckets.allocated'; map: MapId; firstBucket: BucketId; nbuckets: number }
  | { kind: 'map.write.began'; map: MapId; op: WriteKind; key: K | undefined; flagsBefore: number; flagsAfter: number }
  | { kind: 'map.write.ended'; map: MapId; op: WriteKind; flagsBefore: number; flagsAfter: number }
  | {
      kind: 'map.slot.written'; map: MapId; at: SlotAddr;
      tophashBefore: number; tophashAfter: number;
      keyBefore: K | undefined; keyAfter: K;
      countBefore: number; countAfter: number;
    }
  | { kind: 'map.key.updated'; map: MapId; at: SlotAddr; keyBefore: K | undefined; keyAfter: K }
  | { kind: 'map.elem.stored'; map: MapId; at: SlotAddr; before: V | undefined; after: V }
  | {
      kind: 'map.slot.deleted'; map: MapId; at: SlotAddr;
      tophashBefore: number; key: K | undefined; elemBefore: V | undefined;
      countBefore: number; countAfter: number;
    }
  | { kind: 'map.tophash.marked'; map: MapId; changes: Array<{ at: SlotAddr; before: number; after: number }> }
  | { kind: 'map.hash0.changed'; map: MapId; before: number; after: number }
  | { kind: 'map.overflow.linked'; map: MapId; from: BucketId; to: BucketId; noverflowBefore: number; noverflowAfter: number }
  | {
      kind: 'map.grew'; map: MapId; sameSize: boolean;
      BBefore: number; BAfter: number; flagsBefore: number; flagsAfter: number;
      noverflowBefore: number; nevacuateBefore: number;
      oldFirstBucket: BucketId; oldNbuckets: number; firstBucket: BucketId; nbuckets: number;
    }
  | {
      kind: 'map.bucket.evacuated'; map: MapId; oldbucket: number; moves: Array<EvacuationMove<K, V>>;
      nevacuateBefore: number; nevacuateAfter: number;
      /** True when this evacuation finished the grow (oldbuckets dropped, sameSizeGrow cleared). */
      growFinished: boolean; flagsBefore: number; flagsAfter: number;
    }
  | {
      kind: 'map.cleared'; map: MapId;
      countBefore: number; noverflowBefore: number; nevacuateBefore: number;
      flagsBefore: number; flagsAfter: number; hash0Before: number; hash0After: number;
      oldbucketsBefore: { firstBucket: BucketId; nbuckets: number } | null;
      /** Every bucket whose contents changed, as it was before. */
      before: Array<BucketSnapshot<K, V>>;
    }
  | { kind: 'map.read'; map: MapId; key: K; found: boolean; at: SlotAddr | null }
  | {
      kind: 'map.iter.started'; map: MapId; iter: number; B: number;
      startBucket: number; offset: number; flagsBefore: number; flagsAfter: number;
    }
  | { kind: 'map.iter.yielded'; map: MapId; iter: number; key: K; elem: V; at: SlotAddr; viaLookup: boolean }
  | { kind: 'map.iter.finished'; map: MapId; iter: number }
  | { kind: 'map.cloned'; map: MapId; clone: MapId; count: number };

/** Receives the model's events. Attach one to a map to observe it; leave it off for speed. */
export interface MapEventSink<K = unknown, V = unknown> {
  emit(event: MapEvent<K, V>): void;
}
