// Helpers for the Swiss map model's tests: seeded maps, chosen-hash keys, a stepper and a recording sink.
import { intKeyOps, stringKeyOps, type KeyOps } from '../map/hash.ts';
import type { MapOp, OpOutcome } from '../map/map-op.ts';
import { Rand } from '../../vm/rand.ts';
import { makeSwissMap, type SwissMap } from './swiss-map.ts';
import type { SwissEvent, SwissEventSink } from './swiss-events.ts';

export function intSwiss(seed = 1, hint = 0, sink?: SwissEventSink<number, number>): SwissMap<number, number> {
  return makeSwissMap({ id: 1, keys: intKeyOps, elemZero: 0, rand: new Rand(seed), hint, sink });
}

export function stringSwiss(seed = 1, hint = 0): SwissMap<string, number> {
  return makeSwissMap({ id: 1, keys: stringKeyOps, elemZero: 0, rand: new Rand(seed), hint });
}

/** Int keys whose hash is the key itself (seed ignored), so a test can choose H1, H2 and the top bits. */
export const identityKeyOps: KeyOps<number> = {
  hash: (k) => k >>> 0,
  equal: (a, b) => a === b,
  show: (k) => String(k),
  reflexive: true,
};

export function identitySwiss(seed = 1, hint = 0): SwissMap<number, number> {
  return makeSwissMap({ id: 1, keys: identityKeyOps, elemZero: 0, rand: new Rand(seed), hint });
}

/** Runs `op` until its next phase is `phase` (or it finishes); returns the outcome if finished. */
export function stepUntil<T>(op: MapOp<T>, phase: string): OpOutcome<T> | null {
  for (let guard = 0; guard < 10_000; guard++) {
    if (op.next === phase) return null;
    const r = op.step();
    if (r.done) return r;
  }
  throw new Error(`op ${op.name} never reached phase ${phase}`);
}

/** A sink that keeps every event. */
export class RecordingSink<K, V> implements SwissEventSink<K, V> {
  readonly events: Array<SwissEvent<K, V>> = [];
  emit(e: SwissEvent<K, V>): void {
    this.events.push(e);
  }
  kinds(): string[] {
    return this.events.map((e) => e.kind);
  }
}
