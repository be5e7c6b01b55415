// Rebuilding tables: the small group into a first table, a full table into one twice its size,
// and a full 1024-slot table into two by the next hash bit (doubling the directory if needed).
//
// Go 1.24 map.go growToTable, table.go rehash/grow/split, map.go installTableSplit. Each rebuild
// happens whole, inside the write that found no room: there is no incremental evacuation. Every
// entry is rehashed with the map's seed and placed by uncheckedPutSlot, so tombstones vanish. The
// old table or group is not touched apart from its index becoming -1 (stale): an iterator that
// is walking it keeps reading it, as in Go.
import { ctrlEmpty, groupSlots, maxTableCapacity } from './ctrl.ts';
import { doubleDirectory, replaceTable } from './directory.ts';
import type { SwissMap } from './swiss-map.ts';
import { GroupArray } from './group.ts';
import { snapshotGroups, snapshotTable, uncheckedPut, type Table } from './table.ts';

/** Go's growToTable: the 8 entries of the small group move into one table of 16 slots, dirLen 1. */
export function growToTable<K, V>(m: SwissMap<K, V>): void {
  const t = m.newTable(2 * groupSlots, 0, 0);
  const g = m.small;
  if (g !== null) {
    for (let i = 0; i < groupSlots; i++) {
      if ((g.ctrl[i] & ctrlEmpty) !== 0) continue;
      const k = g.keys[i] as K;
      uncheckedPut(t, m.keys.hash(k, m.seed) >>> 0, k, g.elems[i]);
    }
  }
  m.dir = [t];
  m.globalDepth = 0;
  m.small = null;
  if (m.sink) m.sink.emit({ kind: 'swiss.grew.to.table', map: m.id, small: g === null ? snapshotGroups(new GroupArray<K, V>(1)) : snapshotGroups(g), table: snapshotTable(t) });
}

/**
 * The deepest split the model makes. Go's 64-bit hashes never run out of bits; the model's 32-bit
 * hash could, if a thousand keys shared their top bits (only contrived hashes do that). Past this
 * depth a full table grows beyond 1024 slots instead of splitting, so the directory stays bounded.
 */
export const maxLocalDepth = 16;

/** What a rehash of `t` will do: grow while doubling stays within maxTableCapacity, else split. */
export function rehashKind<K, V>(t: Table<K, V>): 'grow' | 'split' {
  return 2 * t.capacity <= maxTableCapacity || t.localDepth >= maxLocalDepth ? 'grow' : 'split';
}

/**
 * Go's table.rehash. Returns false when `t` is no longer in the directory (a concurrent writer in
 * the model replaced it between this writer's probe and its rehash): Go would rebuild a stale
 * table and corrupt the map; the model skips it and lets the writer probe again.
 */
export function rehash<K, V>(m: SwissMap<K, V>, t: Table<K, V>): boolean {
  if (t.index < 0 || m.dir[t.index] !== t) return false;
  if (rehashKind(t) === 'grow') grow(m, t);
  else split(m, t);
  return true;
}

function copyInto<K, V>(m: SwissMap<K, V>, from: Table<K, V>, pick: (hash: number) => Table<K, V>): void {
  const g = from.groups;
  for (let s = 0; s < from.capacity; s++) {
    if ((g.ctrl[s] & ctrlEmpty) !== 0) continue;
    const k = g.keys[s] as K;
    const hash = m.keys.hash(k, m.seed) >>> 0;
    uncheckedPut(pick(hash), hash, k, g.elems[s]);
  }
}

function grow<K, V>(m: SwissMap<K, V>, t: Table<K, V>): void {
  const nt = m.newTable(2 * t.capacity, t.index, t.localDepth);
  copyInto(m, t, () => nt);
  replaceTable(m, nt);
  const oldIndex = t.index;
  t.index = -1;
  if (m.sink) {
    m.sink.emit({
      kind: 'swiss.table.grown', map: m.id, old: t.id, oldCapacity: t.capacity, oldIndex,
      table: snapshotTable(nt), dirStart: nt.index, dirEntries: 2 ** (m.globalDepth - nt.localDepth),
    });
  }
}

function split<K, V>(m: SwissMap<K, V>, t: Table<K, V>): void {
  const depth = t.localDepth + 1;
  const left = m.newTable(maxTableCapacity, -1, depth);
  const right = m.newTable(maxTableCapacity, -1, depth);
  // Go's localDepthMask(depth) on a 32-bit hash: the bit just below the `t.localDepth` top bits.
  const bit = 2 ** (32 - depth);
  copyInto(m, t, (hash) => (Math.floor(hash / bit) % 2 === 1 ? right : left));
  // installTableSplit: make room in the directory first if the table already used all its bits.
  if (t.localDepth === m.globalDepth) {
    const before = m.globalDepth;
    const indexChanges = doubleDirectory(m);
    m.sink?.emit({ kind: 'swiss.directory.doubled', map: m.id, globalDepthBefore: before, globalDepthAfter: m.globalDepth, indexChanges });
  }
  const oldIndex = t.index;
  left.index = t.index;
  replaceTable(m, left);
  right.index = left.index + 2 ** (m.globalDepth - depth);
  replaceTable(m, right);
  t.index = -1;
  if (m.sink) {
    m.sink.emit({
      kind: 'swiss.table.split', map: m.id, old: t.id, oldIndex, oldLocalDepth: t.localDepth, bit,
      left: snapshotTable(left), right: snapshotTable(right),
    });
  }
}
