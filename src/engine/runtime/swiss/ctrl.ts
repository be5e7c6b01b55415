// Swiss-table control bytes and the hash split into H1 (where to probe) and H2 (the 7-bit fingerprint).
//
// Values are Go 1.24's (internal/runtime/maps/group.go). A control byte is empty (0x80), deleted
// (0xFE, a tombstone) or full (0b0hhh_hhhh, the key's H2). Both non-full states have the top bit
// set, which is what `ctrl & ctrlEmpty` tests ("empty or deleted") in Go's iterator and grow loops.
//
// Hash width: Go splits a 64-bit hash on amd64 and a 32-bit hash on 32-bit platforms; the model's
// KeyOps hash is 32 bits, so it splits like Go's 32-bit build: H1 = hash >> 7, H2 = hash & 0x7f,
// directory index = top globalDepth bits, split bit = 1 << (32 - newLocalDepth).

/** Slots per group (abi.SwissMapGroupSlots). */
export const groupSlots = 8;
/** log2(groupSlots). */
export const groupSlotsBits = 3;
/** Largest table before it splits instead of growing (maps.maxTableCapacity). */
export const maxTableCapacity = 1024;
/** Load factor 7/8: at most 7 full slots per 8 on average (maps.maxAvgGroupLoad). */
export const maxAvgGroupLoad = 7;

export const ctrlEmpty = 0b1000_0000;
export const ctrlDeleted = 0b1111_1110;

/** The upper hash bits: picks the first group of the probe sequence. */
export function h1(hash: number): number {
  return hash >>> 7;
}

/** The lower 7 hash bits: the fingerprint kept in a full slot's control byte. */
export function h2(hash: number): number {
  return hash & 0x7f;
}

/** True for a full slot (top bit clear). */
export function isFull(c: number): boolean {
  return (c & ctrlEmpty) === 0;
}

/** A control byte as a view or trace shows it: `empty`, `deleted`, or `h2=0x1f`. */
export function ctrlString(c: number): string {
  if (c === ctrlEmpty) return 'empty';
  if (c === ctrlDeleted) return 'deleted';
  if (isFull(c)) return `h2=0x${c.toString(16).padStart(2, '0')}`;
  return `0x${c.toString(16)}`;
}
