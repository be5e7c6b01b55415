// The tophash byte: per-slot markers for empty and evacuated cells, and the hash byte of live ones.
//
// Values are Go's (runtime/map.go, Go 1.19–1.23): 0..4 are reserved markers, live entries carry
// the top 8 bits of their hash raised to at least minTopHash, so a marker and a key never collide.

/** Slot empty, and so is every later slot of this bucket and of its overflow chain. */
export const emptyRest = 0;
/** Slot empty. */
export const emptyOne = 1;
/** Entry moved to the X half (same index) of the bigger array. */
export const evacuatedX = 2;
/** Entry moved to the Y half (index + old size) of the bigger array. */
export const evacuatedY = 3;
/** Slot was empty when its bucket was evacuated. */
export const evacuatedEmpty = 4;
/** Smallest tophash a live entry can carry. */
export const minTopHash = 5;

/** Number of key/elem slots per bucket (Go's bucketCnt). */
export const bucketCnt = 8;

/** Go's isEmpty: emptyRest or emptyOne. */
export function isEmpty(top: number): boolean {
  return top <= emptyOne;
}

/** Whether a bucket whose slot 0 carries `top0` has been evacuated (Go's evacuated(b)). */
export function isEvacuatedMark(top0: number): boolean {
  return top0 > emptyOne && top0 < minTopHash;
}

/**
 * The tophash of a 32-bit model hash: its top 8 bits (Go uses the top 8 of 64), raised by
 * minTopHash when they would collide with a marker. See hash.ts for why 32 bits.
 */
export function tophash(hash: number): number {
  const top = hash >>> 24;
  return top < minTopHash ? top + minTopHash : top;
}

/** A readable name for a tophash byte, for views and test messages. */
export function tophashName(top: number): string {
  switch (top) {
    case emptyRest: return 'emptyRest';
    case emptyOne: return 'emptyOne';
    case evacuatedX: return 'evacuatedX';
    case evacuatedY: return 'evacuatedY';
    case evacuatedEmpty: return 'evacuatedEmpty';
    default: return String(top);
  }
}
