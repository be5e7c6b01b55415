// The hmap.flags bits and a readable rendering of them.
//
// Values are Go's (runtime/map.go, Go 1.19–1.23). Only hashWriting takes part in the fatal
// checks; iterator/oldIterator tell evacuation that an iterator may still read an array, and
// sameSizeGrow says the current grow keeps the bucket count.

/** An iterator may be using `buckets`. */
export const iterator = 1;
/** An iterator may be using `oldbuckets`. */
export const oldIterator = 2;
/** A goroutine is inside a write (between its toggle and its exit check). */
export const hashWriting = 4;
/** The current growth is to a new array of the same size. */
export const sameSizeGrow = 8;

const names: ReadonlyArray<readonly [number, string]> = [
  [iterator, 'iterator'],
  [oldIterator, 'oldIterator'],
  [hashWriting, 'hashWriting'],
  [sameSizeGrow, 'sameSizeGrow'],
];

/** `iterator|hashWriting`, or `0` when no bit is set. */
export function flagsString(flags: number): string {
  const parts = names.filter(([bit]) => (flags & bit) !== 0).map(([, name]) => name);
  return parts.length === 0 ? '0' : parts.join('|');
}
