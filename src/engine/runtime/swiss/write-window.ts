// The write window every Swiss map write shares: the entry check, the `writing` toggle, the exit check.
//
// Go 1.24 (runtime_mapassign, Map.Delete, Map.Clear): `writing != 0` at entry is fatal; after the
// key is hashed, `writing ^= 1` (a toggle, so two writers that both got past their entry checks
// turn it on and off again and both die at exit); at the end `writing == 0` is fatal, else
// `writing ^= 1`. The entry check and the toggle are separate phases because hashing sits between
// them, and that gap is what lets two writers both get in.
import { fatal, msgConcurrentWrites, type OpOutcome } from '../map/map-op.ts';
import type { SwissWriteKind } from './swiss-events.ts';
import type { SwissMap } from './swiss-map.ts';

/** Entry check: a writer already inside its window means `concurrent map writes`. */
export function writeEntryCheck<K, V>(m: SwissMap<K, V>): OpOutcome<never> | null {
  return m.writing !== 0 ? fatal(msgConcurrentWrites) : null;
}

/** Opens the window: writing ^= 1. */
export function toggleWriting<K, V>(m: SwissMap<K, V>, op: SwissWriteKind, key: K | undefined): void {
  const before = m.writing;
  m.writing ^= 1;
  m.sink?.emit({ kind: 'swiss.write.began', map: m.id, op, key, writingBefore: before, writingAfter: m.writing });
}

/** Exit check and close: writing must still be set (else `concurrent map writes`), then toggle it off. */
export function exitWrite<K, V>(m: SwissMap<K, V>, op: SwissWriteKind): OpOutcome<never> | null {
  if (m.writing === 0) return fatal(msgConcurrentWrites);
  const before = m.writing;
  m.writing ^= 1;
  m.sink?.emit({ kind: 'swiss.write.ended', map: m.id, op, writingBefore: before, writingAfter: m.writing });
  return null;
}
