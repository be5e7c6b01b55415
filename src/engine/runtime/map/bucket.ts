// The bucket (Go's bmap): 8 tophash bytes, 8 keys, 8 elems and an overflow link, with a stable id.
//
// Go lays a bucket out as bytes; the model keeps the same four parts as fields. An unset key or
// elem (`undefined`) stands for zeroed memory: a fresh slot, or an elem cleared by delete.
/** A map's identity in events and views (the VM assigns it). */
export type MapId = number & { readonly __brand: 'MapId' };
/** A bucket's identity, unique within its map and never reused, so a view can follow it. */
export type BucketId = number & { readonly __brand: 'BucketId' };

export class Bucket<K, V> {
  readonly id: BucketId;
  // Plain arrays rather than a Uint8Array: typed arrays cost several times more to allocate, and a
  // million-entry map allocates half a million buckets over its grows. Values stay within 0..255.
  readonly tophash: number[] = [0, 0, 0, 0, 0, 0, 0, 0];
  readonly keys: Array<K | undefined> = [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined];
  readonly elems: Array<V | undefined> = [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined];
  /** The next bucket of this chain (Go stores it in the bucket's last word). */
  overflow: Bucket<K, V> | null = null;

  constructor(id: number) {
    this.id = id as BucketId;
  }
}

/**
 * Where a write landed or a read found its entry: Go's mapassign returns a pointer to the elem
 * slot, and `m[k] = v` stores through it after the runtime call has returned. A SlotRef is that
 * pointer: it names the bucket object, so a store after the bucket was evacuated lands in the
 * old bucket and is lost, exactly as in Go.
 */
export interface SlotRef<K, V> {
  readonly bucket: Bucket<K, V>;
  readonly slot: number;
}
