// Reading a map: Go's mapaccess1/mapaccess2 as a two-phase op, and mapaccessK for the iterator.
//
// A reader's only concurrency check is at entry, and only when the map is non-nil and non-empty:
// if a writer is inside its window (hashWriting set) the reader dies with "concurrent map read
// and map write". A reader that passed the check keeps going even if a write starts meanwhile;
// readers are never detected by writers.
import { noBucket, type BucketArray, type SlotRef } from './bucket.ts';
import { hashWriting, sameSizeGrow } from './flags.ts';
import { bucketMask, type KeyOps } from './hash.ts';
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

/** The head of the chain a lookup walks: an array and a bucket index in it. */
export interface ChainStart<K, V> {
  array: BucketArray<K, V> | null;
  bucket: number;
}

/**
 * Picks the chain a lookup starts in: the current array's bucket, or, while growing, the old
 * bucket it comes from if that one has not been evacuated yet. Fills `out` to avoid allocating.
 */
export function lookupStart<K, V>(h: Hmap<K, V>, hash: number, out: ChainStart<K, V>): void {
  const buckets = h.buckets;
  out.array = buckets;
  if (buckets === null) return;
  let m = bucketMask(h.B);
  out.bucket = hash & m & (buckets.nmain - 1);
  const old = h.oldbuckets;
  if (old !== null) {
    if ((h.flags & sameSizeGrow) === 0) m = Math.floor(m / 2);
    const ob = hash & m & (old.nmain - 1);
    if (!isEvacuatedMark(old.top(ob, 0))) {
      out.array = old;
      out.bucket = ob;
    }
  }
}

/** Walks a chain for `key`, stopping early at emptyRest, as every Go lookup loop does. */
export function findInChain<K, V>(h: Hmap<K, V>, arr: BucketArray<K, V> | null, start: number, key: K, hash: number): SlotRef<K, V> | null {
  if (arr === null) return null;
  const top = tophash(hash);
  const ops = h.keys;
  for (let b = start; b !== noBucket; b = arr.next[b]) {
    for (let i = 0; i < bucketCnt; i++) {
      const t = arr.top(b, i);
      if (t !== top) {
        if (t === emptyRest) return null;
        continue;
      }
      if (ops.equal(key, arr.key(b, i) as K)) return { array: arr, bucket: b, slot: i };
    }
  }
  return null;
}

/** Go's mapaccessK: a lookup with no concurrency check, used by the iterator after a grow. */
export function mapAccessK<K, V>(h: Hmap<K, V>, key: K): SlotRef<K, V> | null {
  if (h.count === 0) return null;
  const hash = h.keys.hash(key, h.hash0);
  const start: ChainStart<K, V> = { array: null, bucket: 0 };
  lookupStart(h, hash, start);
  return findInChain(h, start.array, start.bucket, key, hash);
}

const ranEntry = phaseRan('entry');

/**
 * `v := m[k]` / `v, ok := m[k]` (Go's mapaccess1/2; the model returns both results).
 * Phases: 'entry' (nil/empty shortcut, the hashWriting check, hash, pick the bucket),
 * 'search' (walk the chain and read the elem).
 */
export class AccessOp<K, V> implements MapOp<AccessResult<K, V>>, ChainStart<K, V> {
  readonly name = 'mapaccess2';
  next: 'entry' | 'search' | 'done' = 'entry';
  private hash = 0;
  /** The chain picked at entry (the op is its own ChainStart, saving an allocation per read). */
  array: BucketArray<K, V> | null = null;
  bucket = 0;
  private outcome: OpOutcome<AccessResult<K, V>> | null = null;

  constructor(
    readonly h: GoMap<K, V>,
    readonly key: K,
    readonly zero: V,
    /** The key type's ops, for a nil map, which carries none: unhashable keys panic even there. */
    readonly nilKeys?: KeyOps<K>,
  ) {}

  step(): StepResult<AccessResult<K, V>> {
    if (this.outcome !== null) return this.outcome;
    const h = this.h;
    if (this.next === 'entry') {
      if (h === null || h.count === 0) {
        // No concurrency check on this path; only an unhashable key still panics (issue 23734).
        const p = (h === null ? this.nilKeys : h.keys)?.hashPanic?.(this.key);
        if (p !== undefined) return this.finish(panicked(p));
        return this.finish(ok({ elem: this.zero, found: false, at: null }));
      }
      if ((h.flags & hashWriting) !== 0) return this.finish(fatal(msgReadWrite));
      const p = h.keys.hashPanic?.(this.key);
      if (p !== undefined) return this.finish(panicked(p));
      this.hash = h.keys.hash(this.key, h.hash0);
      lookupStart(h, this.hash, this);
      this.next = 'search';
      return ranEntry;
    }
    const at = findInChain(h!, this.array, this.bucket, this.key, this.hash);
    h!.sink?.emit({ kind: 'map.read', map: h!.id, key: this.key, found: at !== null, at: at && { bucket: at.array.ids[at.bucket], slot: at.slot } });
    if (at === null) return this.finish(ok({ elem: this.zero, found: false, at: null }));
    const e = at.array.elem(at.bucket, at.slot);
    return this.finish(ok({ elem: e === undefined ? this.zero : e, found: true, at }));
  }

  private finish(o: OpOutcome<AccessResult<K, V>>): OpOutcome<AccessResult<K, V>> {
    this.outcome = o;
    this.next = 'done';
    return o;
  }
}

/** A phased read of `m[key]`. */
export function mapAccessOp<K, V>(h: GoMap<K, V>, key: K, zero: V, nilKeys?: KeyOps<K>): AccessOp<K, V> {
  return new AccessOp(h, key, h === null ? zero : h.elemZero, nilKeys);
}

/** `m[key]` with no interleaving (the GOMAXPROCS=1 fast path; same code as the phased op). */
export function mapAccess<K, V>(h: GoMap<K, V>, key: K, zero: V, nilKeys?: KeyOps<K>): OpOutcome<AccessResult<K, V>> {
  return runToEnd(mapAccessOp(h, key, zero, nilKeys));
}
