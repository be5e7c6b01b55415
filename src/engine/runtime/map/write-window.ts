// The write window every map write shares: the entry check, the hashWriting toggle, and the exit
// check — the three places where Go's mapassign, mapdelete and mapclear detect concurrent writes.
//
// The window opens at the toggle (an XOR, not an OR: two writers that both passed their entry
// checks turn the bit on and then off again) and closes at the exit check, which dies if the bit
// is no longer set. The model keeps the entry check and the toggle in separate phases because Go
// hashes the key between them, and that gap is what lets two writers both get in.
import { hashWriting } from './flags.ts';
import type { Hmap } from './hmap.ts';
import type { WriteKind } from './map-events.ts';
import { fatal, msgConcurrentWrites, type OpOutcome } from './map-op.ts';

/** Entry check: a writer already inside its window means `concurrent map writes`. */
export function writeEntryCheck<K, V>(h: Hmap<K, V>): OpOutcome<never> | null {
  return (h.flags & hashWriting) !== 0 ? fatal(msgConcurrentWrites) : null;
}

/** Opens the window: flags ^= hashWriting (and, on a lazily made map, allocates the first bucket). */
export function toggleWriting<K, V>(h: Hmap<K, V>, op: WriteKind, key: K | undefined): void {
  const before = h.flags;
  h.flags ^= hashWriting;
  h.sink?.emit({ kind: 'map.write.began', map: h.id, op, key, flagsBefore: before, flagsAfter: h.flags });
}

/** Go's mapassign allocates the single bucket of a map made with B = 0 on its first write. */
export function ensureBuckets<K, V>(h: Hmap<K, V>): void {
  if (h.buckets !== null) return;
  h.buckets = h.newBucketArray(h.B);
  h.sink?.emit({ kind: 'map.buckets.allocated', map: h.id, firstBucket: h.buckets.ids[0], nbuckets: h.buckets.nmain });
}

/** Exit check and close: the bit must still be set (else `concurrent map writes`), then clear it. */
export function exitWrite<K, V>(h: Hmap<K, V>, op: WriteKind): OpOutcome<never> | null {
  if ((h.flags & hashWriting) === 0) return fatal(msgConcurrentWrites);
  const before = h.flags;
  h.flags &= ~hashWriting;
  h.sink?.emit({ kind: 'map.write.ended', map: h.id, op, flagsBefore: before, flagsAfter: h.flags });
  return null;
}
