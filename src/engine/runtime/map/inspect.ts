// Plain-data pictures of a map's memory: for views, keyframes and tests that check Go's layout.
//
// A snapshot copies the header and every bucket chain of both arrays, so it stays valid after the
// map moves on. It never reads through the ops, so it cannot disturb flags or randomness.
import type { Bucket, BucketId } from './bucket.ts';
import type { GoMap } from './hmap.ts';
import { bucketCnt } from './tophash.ts';

export interface BucketPicture<K, V> {
  id: BucketId;
  tophash: number[];
  keys: Array<K | undefined>;
  elems: Array<V | undefined>;
  /** This bucket's overflow chain, in order (empty when it has none). */
  overflow: Array<BucketPicture<K, V>>;
}

export interface MapPicture<K, V> {
  count: number;
  flags: number;
  B: number;
  noverflow: number;
  hash0: number;
  nevacuate: number;
  buckets: Array<BucketPicture<K, V>>;
  oldbuckets: Array<BucketPicture<K, V>> | null;
}

function pictureOne<K, V>(b: Bucket<K, V>): BucketPicture<K, V> {
  const p: BucketPicture<K, V> = { id: b.id, tophash: [], keys: [], elems: [], overflow: [] };
  for (let i = 0; i < bucketCnt; i++) {
    p.tophash.push(b.tophash[i]);
    p.keys.push(b.keys[i]);
    p.elems.push(b.elems[i]);
  }
  return p;
}

function pictureChain<K, V>(head: Bucket<K, V>): BucketPicture<K, V> {
  const p = pictureOne(head);
  // A raced map could in principle link a cycle; stop after a generous bound rather than hang.
  let n = 0;
  for (let b = head.overflow; b !== null && n < 1 << 20; b = b.overflow, n++) p.overflow.push(pictureOne(b));
  return p;
}

/** The whole map as plain data, or null for a nil map. */
export function pictureMap<K, V>(h: GoMap<K, V>): MapPicture<K, V> | null {
  if (h === null) return null;
  return {
    count: h.count, flags: h.flags, B: h.B, noverflow: h.noverflow, hash0: h.hash0, nevacuate: h.nevacuate,
    buckets: (h.buckets ?? []).map(pictureChain),
    oldbuckets: h.oldbuckets === null ? null : h.oldbuckets.map(pictureChain),
  };
}
