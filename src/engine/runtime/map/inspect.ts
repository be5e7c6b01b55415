// Plain-data pictures of a map's memory: for views, keyframes and tests that check Go's layout.
//
// A snapshot copies the header and every bucket chain of both arrays, so it stays valid after the
// map moves on. It never reads through the ops, so it cannot disturb flags or randomness.
import { noBucket, type BucketArray, type BucketId } from './bucket.ts';
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

function pictureOne<K, V>(arr: BucketArray<K, V>, b: number): BucketPicture<K, V> {
  const p: BucketPicture<K, V> = { id: arr.ids[b], tophash: [], keys: [], elems: [], overflow: [] };
  for (let i = 0; i < bucketCnt; i++) {
    p.tophash.push(arr.top(b, i));
    p.keys.push(arr.key(b, i));
    p.elems.push(arr.elem(b, i));
  }
  return p;
}

function pictureArray<K, V>(arr: BucketArray<K, V>): Array<BucketPicture<K, V>> {
  const out: Array<BucketPicture<K, V>> = [];
  for (let head = 0; head < arr.nmain; head++) {
    const p = pictureOne(arr, head);
    // A raced map could in principle link a cycle; stop after a generous bound rather than hang.
    let n = 0;
    for (let b = arr.next[head]; b !== noBucket && n < arr.length; b = arr.next[b], n++) p.overflow.push(pictureOne(arr, b));
    out.push(p);
  }
  return out;
}

/** The whole map as plain data, or null for a nil map. */
export function pictureMap<K, V>(h: GoMap<K, V>): MapPicture<K, V> | null {
  if (h === null) return null;
  return {
    count: h.count, flags: h.flags, B: h.B, noverflow: h.noverflow, hash0: h.hash0, nevacuate: h.nevacuate,
    buckets: h.buckets === null ? [] : pictureArray(h.buckets),
    oldbuckets: h.oldbuckets === null ? null : pictureArray(h.oldbuckets),
  };
}
