// Word layout of a Go-shaped hash map (runtime/map.go, Go ≤ 1.23) inside a SharedArrayBuffer.
//
// Everything is addressed in 32-bit words of one Int32Array over the buffer; a
// "pointer" is a word index, and 0 is nil (word 0 belongs to the control block, so
// no map structure can live there). Tophash bytes are read through a Uint8Array
// over the same buffer, so a bucket keeps Go's shape: 8 tophash bytes, then the 8
// keys, then the 8 elems, then the overflow pointer.

/** Slots per bucket (Go's bucketCnt). */
export const BUCKET_CNT = 8;

// Bucket, in words from the bucket's start.
export const BKT_TOPHASH = 0; // 2 words = 8 tophash bytes
export const BKT_KEYS = 2;
export const BKT_ELEMS = BKT_KEYS + BUCKET_CNT;
export const BKT_OVERFLOW = BKT_ELEMS + BUCKET_CNT;
/** Words per bucket: every allocation in the arena is a multiple of this, so pointers stay aligned. */
export const BUCKET_WORDS = BKT_OVERFLOW + 1;

// hmap header, in words from the header's start (one bucket-sized block).
export const H_COUNT = 0;
export const H_FLAGS = 1;
export const H_B = 2;
export const H_NOVERFLOW = 3;
export const H_HASH0 = 4;
export const H_BUCKETS = 5;
export const H_OLDBUCKETS = 6;
export const H_NEVACUATE = 7;

// Tophash values with a meaning (go-facts §1.1).
export const EMPTY_REST = 0;
export const EMPTY_ONE = 1;
export const EVACUATED_X = 2;
export const EVACUATED_Y = 3;
export const EVACUATED_EMPTY = 4;
export const MIN_TOP_HASH = 5;

// Flag bits kept in H_FLAGS (the iterator bits are not modelled: the lab never ranges).
export const HASH_WRITING = 4;
export const SAME_SIZE_GROW = 8;

/** Load factor 6.5 as Go writes it: loadFactorNum / loadFactorDen = 13 / 2. */
export const LOAD_FACTOR_NUM = 13;
export const LOAD_FACTOR_DEN = 2;

/** The lab's keys are ints below 2^20; B beyond this means the header is corrupt. */
export const MAX_B = 24;

/** Value returned by lookups for an absent key (stored values are never negative). */
export const NOT_FOUND = -1;

/** Views of one shared buffer plus the arena bounds every pointer is checked against. */
export interface Shm {
  readonly i32: Int32Array;
  readonly u8: Uint8Array;
  /** First word of the arena (bucket-aligned origin). */
  readonly arenaStart: number;
  /** One past the last usable word of the arena. */
  readonly arenaEnd: number;
  /** Word holding the arena's bump pointer (advanced with Atomics.add). */
  readonly arenaNext: number;
}

/** Byte offset of tophash slot `i` of the bucket at word `b`. */
export function tophashAt(b: number, i: number): number {
  return b * 4 + i;
}
