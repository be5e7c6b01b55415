// The map header (Go's hmap), map creation with a size hint, bucket arrays and overflow chaining.
//
// A Go map value is a pointer to an hmap, and a nil map is a nil pointer: the model's map value is
// `Hmap | null` (GoMap). Fields keep Go's names and meanings (runtime/map.go, Go 1.19–1.23).
import { BucketArray, type BucketId, type MapId } from './bucket.ts';
import { bucketShift, type KeyOps } from './hash.ts';
import type { MapEventSink } from './map-events.ts';
import type { Rand } from '../../vm/rand.ts';

/** Go's loadFactorNum/loadFactorDen: 13/2 = 6.5 entries per bucket on average (1.19–1.20, 1.22–1.23). */
export const loadFactorNum = 13;
export const loadFactorDen = 2;

export class Hmap<K, V> {
  /** Live entries. `len(m)` reads this with no concurrency check. */
  count = 0;
  /** iterator | oldIterator | hashWriting | sameSizeGrow (flags.ts). */
  flags = 0;
  /** log2 of the number of buckets. */
  B = 0;
  /** Overflow buckets allocated for the current array (exact below B = 16, sampled above). */
  noverflow = 0;
  /** Per-map hash seed, uint32. */
  hash0: number;
  /**
   * 2^B buckets (plus the overflow buckets chained from them, which Go keeps alive through
   * mapextra.overflow); null until the first write when the map was made with B = 0.
   */
  buckets: BucketArray<K, V> | null = null;
  /** Twice the average bucket load that starts a grow: 13 (6.5), or 12 in Go 1.21. */
  loadFactorNum = loadFactorNum;
  /** The previous array while growing, else null. */
  oldbuckets: BucketArray<K, V> | null = null;
  /** Old buckets below this index have all been evacuated. */
  nevacuate = 0;
  /** Ids for buckets of this map, handed out in allocation order. */
  private nextBucketId = 0;

  constructor(
    readonly id: MapId,
    readonly keys: KeyOps<K>,
    /** The elem type's zero value: what a missing key reads as. */
    readonly elemZero: V,
    /** Go's runtime rand(): seeds, iteration start, noverflow sampling. */
    readonly rand: MapRand,
    /** Optional observer; undefined means no events are built. */
    readonly sink: MapEventSink<K, V> | undefined,
  ) {
    this.hash0 = rand.nextU32();
  }

  /** Go's makeBucketArray without the preallocated spare overflow buckets (see README). */
  newBucketArray(B: number): BucketArray<K, V> {
    const n = bucketShift(B);
    const arr = new BucketArray<K, V>(n, this.nextBucketId);
    this.nextBucketId += n;
    return arr;
  }

  /** Whether a grow is in progress (Go's growing()). */
  growing(): boolean {
    return this.oldbuckets !== null;
  }

  /** Go's incrnoverflow: exact below B = 16, then incremented with probability 1/2^(B-15). */
  incrnoverflow(): void {
    if (this.B < 16) {
      this.noverflow++;
      return;
    }
    const mask = 2 ** Math.min(this.B - 15, 31) - 1;
    if ((this.rand.nextU32() & mask) === 0) this.noverflow++;
  }

  /** Go's newoverflow: chains a fresh bucket after bucket `b` of `arr`, counts it, returns its index. */
  newoverflow(arr: BucketArray<K, V>, b: number): number {
    const ovf = arr.push(this.nextBucketId++);
    const before = this.noverflow;
    this.incrnoverflow();
    arr.next[b] = ovf;
    this.sink?.emit({
      kind: 'map.overflow.linked', map: this.id, from: arr.ids[b], to: arr.ids[ovf],
      noverflowBefore: before, noverflowAfter: this.noverflow,
    });
    return ovf;
  }

  /** Draws a new hash0 (after the last delete, and on clear: golang/go issue 25237). */
  reseed(): void {
    const before = this.hash0;
    this.hash0 = this.rand.nextU32();
    this.sink?.emit({ kind: 'map.hash0.changed', map: this.id, before, after: this.hash0 });
  }
}

/**
 * The randomness a map draws on: the engine's shared seeded generator (vm/rand.ts), or anything
 * with the same method, so tests and the VM can pass a stream of their choosing.
 */
export type MapRand = Pick<Rand, 'nextU32'>;

/** A Go map value: an hmap, or null for a nil map. */
export type GoMap<K, V> = Hmap<K, V> | null;

/** Go's overLoadFactor: more than 8 entries and more than 6.5 per bucket on average (`num`/2). */
export function overLoadFactor(count: number, B: number, num = loadFactorNum): boolean {
  return count > 8 && count > num * Math.floor(bucketShift(B) / loadFactorDen);
}

/**
 * loadFactorNum in Go 1.`minor`: 1.21 computed it as 8*13/16 in integers, which truncates to 12
 * (6.0 per bucket, golang/go#63438), so its maps grow sooner; other releases use 13.
 */
export function loadFactorNumFor(minor: number): number {
  return minor === 21 ? 12 : loadFactorNum;
}

/**
 * The largest B a size hint can ask for (65,536 buckets, room for 425,984 entries, about 12 MB of
 * cells). Go would try to allocate whatever a hint implies and die of memory exhaustion; the
 * model caps the up-front array instead, and the map still grows past it as entries arrive.
 */
export const maxHintB = 16;

export interface MakeMapOptions<K, V> {
  id: number;
  keys: KeyOps<K>;
  elemZero: V;
  rand: MapRand;
  /** make(map[K]V, hint); negative or absent means 0. */
  hint?: number;
  sink?: MapEventSink<K, V>;
  /** The release's loadFactorNum (loadFactorNumFor); default 13. */
  loadFactorNum?: number;
}

/**
 * Go's makemap/makemap_small: picks the smallest B that holds `hint` entries without exceeding
 * the load factor, and allocates the array now unless B = 0 (then the first write does).
 */
export function makeMap<K, V>(o: MakeMapOptions<K, V>): Hmap<K, V> {
  const h = new Hmap<K, V>(o.id as MapId, o.keys, o.elemZero, o.rand, o.sink);
  if (o.loadFactorNum !== undefined) h.loadFactorNum = o.loadFactorNum;
  const hint = o.hint !== undefined && Number.isFinite(o.hint) && o.hint > 0 ? o.hint : 0;
  let B = 0;
  while (B < maxHintB && overLoadFactor(hint, B, h.loadFactorNum)) B++;
  h.B = B;
  if (B !== 0) h.buckets = h.newBucketArray(B);
  h.sink?.emit({
    kind: 'map.made', map: h.id, B, hash0: h.hash0,
    firstBucket: h.buckets ? h.buckets.ids[0] : null, nbuckets: h.buckets ? h.buckets.nmain : 0,
  });
  return h;
}

/** len(m): reads count with no check, as Go does (and 0 for a nil map). */
export function mapLen<K, V>(h: GoMap<K, V>): number {
  return h === null ? 0 : h.count;
}

/** The first id and length of a bucket array, for events (arrays are allocated with consecutive ids). */
export function arraySpan<K, V>(arr: BucketArray<K, V>): { firstBucket: BucketId; nbuckets: number } {
  return { firstBucket: arr.ids[0], nbuckets: arr.nmain };
}
