// Helpers for the map model's tests: small maps, key types with chosen hashes, and a stepper.
import { Rand } from '../../vm/rand.ts';
import { type KeyOps, intKeyOps } from './hash.ts';
import { makeMap, type Hmap } from './hmap.ts';
import type { MapEvent, MapEventSink } from './map-events.ts';
import type { MapOp, OpOutcome } from './map-op.ts';

/** An int→int map with a fixed seed. */
export function intMap(seed = 1, hint = 0, sink?: MapEventSink<number, number>): Hmap<number, number> {
  return makeMap({ id: 1, keys: intKeyOps, elemZero: 0, rand: new Rand(seed), hint, sink });
}

/**
 * Int keys whose hash is the key itself (seed ignored), so a test can place keys in chosen
 * buckets: bucket = low B bits, tophash = bits 24..31.
 */
export const identityKeyOps: KeyOps<number> = {
  hash: (k) => k >>> 0,
  equal: (a, b) => a === b,
  show: (k) => String(k),
  reflexive: true,
};

export function identityMap(seed = 1, hint = 0): Hmap<number, number> {
  return makeMap({ id: 1, keys: identityKeyOps, elemZero: 0, rand: new Rand(seed), hint });
}

/** Steps `op` once and returns the outcome if that finished it, else null. */
export function stepOnce<T>(op: MapOp<T>): OpOutcome<T> | null {
  const r = op.step();
  return r.done ? r : null;
}

/** Runs `op` until its next phase is `phase` (or it finishes); returns the outcome if finished. */
export function stepUntil<T>(op: MapOp<T>, phase: string): OpOutcome<T> | null {
  for (let guard = 0; guard < 1000; guard++) {
    if (op.next === phase) return null;
    const r = op.step();
    if (r.done) return r;
  }
  throw new Error(`op ${op.name} never reached phase ${phase}`);
}

/** A sink that keeps every event. */
export class RecordingSink<K, V> implements MapEventSink<K, V> {
  readonly events: Array<MapEvent<K, V>> = [];
  emit(e: MapEvent<K, V>): void {
    this.events.push(e);
  }
  kinds(): string[] {
    return this.events.map((e) => e.kind);
  }
}
