// Buckets (Go's bmap): 8 tophash bytes, 8 keys, 8 elems and an overflow link, stored flat per array.
//
// Go allocates a bucket array as one block of memory, and its overflow buckets separately. The
// model stores a whole array — its 2^B main buckets followed by the overflow buckets chained from
// them — in one flat JS array of 24 cells per bucket: [8 tophash | 8 keys | 8 elems]. A bucket is
// then an index into its BucketArray. Why not one object per bucket: a lookup would chase four
// pointers (bucket, tophash, keys, elems) through cold memory; flat cells make it one, which is
// what lets a million inserts run in well under a second. An unset key or elem (`undefined`)
// stands for zeroed memory: a fresh slot, or an elem cleared by delete.
import { bucketCnt } from './tophash.ts';

/** A map's identity in events and views (the VM assigns it). */
export type MapId = number & { readonly __brand: 'MapId' };
/** A bucket's identity, unique within its map and never reused, so a view can follow it. */
export type BucketId = number & { readonly __brand: 'BucketId' };

/** Cells per bucket, and where keys and elems start within a bucket's cells. */
export const bucketCells = 3 * bucketCnt;
export const keyCell = bucketCnt;
export const elemCell = 2 * bucketCnt;

/** No bucket: the end of an overflow chain. */
export const noBucket = -1;

export class BucketArray<K, V> {
  /** 24 cells per bucket, main buckets first, then overflow buckets in allocation order. */
  cells: unknown[];
  /** Overflow link of each bucket: the index of the next bucket of its chain, or noBucket. */
  readonly next: number[];
  /** Stable id of each bucket. */
  readonly ids: BucketId[];

  constructor(
    /** Number of main buckets (2^B). */
    readonly nmain: number,
    firstId: number,
  ) {
    // Sized up front and filled in one pass: several times faster than pushing cell by cell.
    const n = nmain * bucketCells;
    const cells = new Array<unknown>(n);
    for (let base = 0; base < n; base += bucketCells) {
      for (let i = 0; i < bucketCnt; i++) cells[base + i] = 0;
      for (let i = bucketCnt; i < bucketCells; i++) cells[base + i] = undefined;
    }
    this.cells = cells;
    this.next = new Array<number>(nmain).fill(noBucket);
    const ids = new Array<BucketId>(nmain);
    for (let b = 0; b < nmain; b++) ids[b] = (firstId + b) as BucketId;
    this.ids = ids;
  }

  /** Appends an empty bucket with the given id; returns its index. */
  push(id: number): number {
    // Written by index, not appended: a raced store through a stale SlotRef may have written past
    // the end of a truncated array (clear), and the new bucket must still start at b * 24.
    const c = this.cells;
    const base = this.next.length * bucketCells;
    for (let i = 0; i < bucketCnt; i++) c[base + i] = 0;
    for (let i = bucketCnt; i < bucketCells; i++) c[base + i] = undefined;
    this.next.push(noBucket);
    this.ids.push(id as BucketId);
    return this.next.length - 1;
  }

  /** All buckets, main and overflow. */
  get length(): number {
    return this.next.length;
  }

  top(b: number, i: number): number {
    return this.cells[b * bucketCells + i] as number;
  }

  setTop(b: number, i: number, top: number): void {
    this.cells[b * bucketCells + i] = top;
  }

  key(b: number, i: number): K | undefined {
    return this.cells[b * bucketCells + keyCell + i] as K | undefined;
  }

  setKey(b: number, i: number, k: K | undefined): void {
    this.cells[b * bucketCells + keyCell + i] = k;
  }

  elem(b: number, i: number): V | undefined {
    return this.cells[b * bucketCells + elemCell + i] as V | undefined;
  }

  setElem(b: number, i: number, e: V | undefined): void {
    this.cells[b * bucketCells + elemCell + i] = e;
  }
}

/**
 * Where a write landed or a read found its entry: Go's mapassign returns a pointer to the elem
 * slot, and `m[k] = v` stores through it after the runtime call has returned. A SlotRef is that
 * pointer: it names the bucket array, so a store after the bucket was evacuated lands in the old
 * array and is lost, exactly as in Go.
 */
export interface SlotRef<K, V> {
  readonly array: BucketArray<K, V>;
  /** Bucket index within `array`. */
  readonly bucket: number;
  readonly slot: number;
}
