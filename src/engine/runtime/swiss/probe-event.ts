// The swiss.probed event: where one lookup of a key went (hash, directory entry, table, how many
// groups the triangular probe visited, and the slot it ended on).
//
// Emitted by mapassign's putSmall and probe phases (again after each grow or split, as Go's writer
// probes again), mapaccess's search and delete's lookup. Callers guard with `if (m.sink)` and call
// it before they change the table, so the walk it counts is the one the op made.
import type { SwissProbeOp } from './swiss-events.ts';
import { addrOf } from './slot-ref.ts';
import type { SwissMap } from './swiss-map.ts';
import { probeLength, type Table } from './table.ts';

/**
 * Reports a probe of `key` in table `t` (null: the small group, matched whole in one visit).
 * `slot` is the slot found or to be taken, -1 for none; `dirIndex` is -1 for the small group.
 */
export function emitProbed<K, V>(
  m: SwissMap<K, V>, op: SwissProbeOp, key: K, hash: number, dirIndex: number, t: Table<K, V> | null, slot: number, found: boolean,
): void {
  if (!m.sink) return;
  m.sink.emit({
    kind: 'swiss.probed', map: m.id, op, key, hash: hash >>> 0, dirIndex: t === null ? -1 : dirIndex,
    table: t === null ? null : t.id, probes: t === null ? 1 : probeLength(t, m.keys, hash, key), found,
    at: slot < 0 ? null : addrOf(t, slot),
  });
}
