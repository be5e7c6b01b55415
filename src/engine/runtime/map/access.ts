// Reading a map: Go's mapaccess1/mapaccess2 as a two-phase op, and mapaccessK for the iterator.
//
// A reader's only concurrency check is at entry, and only when the map is non-nil and non-empty:
// if a writer is inside its window (hashWriting set) the reader dies with "concurrent map read
// and map write". A reader that passed the check keeps going even if a write starts meanwhile;
// readers are never detected by writers.
import type { Bucket, SlotRef } from './bucket.ts';
import { hashWriting, sameSizeGrow } from './flags.ts';
import { bucketMask } from './hash.ts';
import type { GoMap, Hmap } from './hmap.ts';
import {
  fatal, msgReadWrite, ok, panicked, phaseRan, runToEnd, type MapOp, type OpOutcome, type StepResult,
} from './map-op.ts';
import { bucketCnt, emptyRest, isEvacuatedMark, tophash } from './tophash.ts';

/** What `v, ok := m[k]` gets: the elem (or the zero value), whether the key was there, and where. */
export interface AccessResult<K, V> {
  readonly elem: V;
  readonly found: boolean;
  readonly at: SlotRef<K, V> | null;
}

/**
 * The bucket a lookup starts in (the head of the chain to walk): the current array's bucket, or,
 * while growing, the old bucket it comes from if that one has not been evacuated yet.
 */
export function lookupStart<K, V>(h: Hmap<K, V>, hash: number): Bucket<K, V> | null {
  const buckets = h.buckets;
  if (buckets === null) return null;
  let m = bucketMask(h.B);
  let b = buckets[hash & m] ?? null;
  const old = h.oldbuckets;
  if (old !== null) {
    if ((h.flags & sameSizeGrow) === 0) m = Math.floor(m / 2);
    const oldb = old[hash & m];
    if (oldb !== undefined && !isEvacuatedMark(oldb.tophash[0])) b = oldb;
  }
  return b;
}

/** Walks a chain for `key`, stopping early at emptyRest, as every Go lookup loop does. */
export function findInChain<K, V>(h: Hmap<K, V>, start: Bucket<K, V> | null, key: K, hash: number): SlotRef<K, V> | null {
  const top = tophash(hash);
  const ops = h.keys;
  for (let b = start; b !== null; b = b.overflow) {
    const th = b.tophash;
    for (let i = 0; i < bucketCnt; i++) {
      if (th[i] !== top) {
        if (th[i] === emptyRest) return null;
        continue;
      }
      if (ops.equal(key, b.keys[i] as K)) return { bucket: b, slot: i };
    }
  }
  return null;
}

/** Go's mapaccessK: a lookup with no concurrency check, used by the iterator after a grow. */
export function mapAccessK<K, V>(h: Hmap<K, V>, key: K): SlotRef<K, V> | null {
  if (h.count === 0) return null;
  const hash = h.keys.hash(key, h.hash0);
  return findInChain(h, lookupStart(h, hash), key, hash);
}

const ranEntry = phaseRan('entry');

/**
 * `v := m[k]` / `v, ok := m[k]` (Go's mapaccess1/2; the model returns both results).
 * Phases: 'entry' (nil/empty shortcut, the hashWriting check, hash, pick the bucket),
 * 'search' (walk the chain and read the elem).
 */
export class AccessOp<K, V> implements MapOp<AccessResult<K, V>> {
  readonly name = 'mapaccess2';
  next: 'entry' | 'search' | 'done' = 'entry';
  private hash = 0;
  private start: Bucket<K, V> | null = null;
  private outcome: OpOutcome<AccessResult<K, V>> | null = null;

  constructor(readonly h: GoMap<K, V>, readonly key: K, readonly zero: V) {}

  step(): StepResult<AccessResult<K, V>> {
    if (this.outcome !== null) return this.outcome;
    const h = this.h;
    if (this.next === 'entry') {
      if (h === null || h.count === 0) {
        // No concurrency check on this path; only an unhashable key still panics (issue 23734).
        const p = h === null ? undefined : h.keys.hashPanic?.(this.key);
        if (p !== undefined) return this.finish(panicked(p));
        return this.finish(ok({ elem: this.zero, found: false, at: null }));
      }
      if ((h.flags & hashWriting) !== 0) return this.finish(fatal(msgReadWrite));
      const p = h.keys.hashPanic?.(this.key);
      if (p !== undefined) return this.finish(panicked(p));
      this.hash = h.keys.hash(this.key, h.hash0);
      this.start = lookupStart(h, this.hash);
      this.next = 'search';
      return ranEntry;
    }
    const at = findInChain(h!, this.start, this.key, this.hash);
    h!.sink?.emit({ kind: 'map.read', map: h!.id, key: this.key, found: at !== null, at: at && { bucket: at.bucket.id, slot: at.slot } });
    if (at === null) return this.finish(ok({ elem: this.zero, found: false, at: null }));
    const e = at.bucket.elems[at.slot];
    return this.finish(ok({ elem: e === undefined ? this.zero : e, found: true, at }));
  }

  private finish(o: OpOutcome<AccessResult<K, V>>): OpOutcome<AccessResult<K, V>> {
    this.outcome = o;
    this.next = 'done';
    return o;
  }
}

/** A phased read of `m[key]`. */
export function mapAccessOp<K, V>(h: GoMap<K, V>, key: K, zero: V): AccessOp<K, V> {
  return new AccessOp(h, key, h === null ? zero : h.elemZero);
}

/** `m[key]` with no interleaving (the GOMAXPROCS=1 fast path; same code as the phased op). */
export function mapAccess<K, V>(h: GoMap<K, V>, key: K, zero: V): OpOutcome<AccessResult<K, V>> {
  return runToEnd(mapAccessOp(h, key, zero));
}
