// What the narration needs to know about a Swiss map's tables beyond one event: each table's
// capacity and the event that built it (found once per trace), and its tombstones at a given moment.
//
// A table id names one table for its whole life: a grow or split builds tables with new ids and
// Go never changes the replaced one, and clear empties a table in place without resizing it. So
// capacity and depth are facts of the id, read from the snapshot of the event that built it.
import { eventCodes, type EventOf, type TraceSwissTable } from '../events.ts';
import type { TraceReader } from '../reader.ts';

export interface SwissTableInfo {
  capacity: number;
  localDepth: number;
  /** The event whose snapshot introduced it (swiss.made, grew.to.table, table.grown, table.split). */
  built: number;
}

/** Control byte of a tombstone (runtime/swiss/ctrl.ts ctrlDeleted). */
export const ctrlDeleted = 0xfe;
/** Control byte of an empty slot (ctrlEmpty). */
export const ctrlEmpty = 0x80;

const buildKinds = ['swiss.made', 'swiss.grew.to.table', 'swiss.table.grown', 'swiss.table.split'] as const;
type BuildEvent = EventOf<(typeof buildKinds)[number]>;

const cache = new WeakMap<TraceReader, Map<number, SwissTableInfo>>();

/** Tables are keyed by map and id in one number (ids are small positive ints). */
function key(map: number, table: number): number {
  return map * 0x100000 + table;
}

function index(reader: TraceReader): Map<number, SwissTableInfo> {
  let found = cache.get(reader);
  if (found !== undefined) return found;
  found = new Map();
  const codes = new Set<number>(buildKinds.map((k) => eventCodes[k]));
  const { data, offsets } = reader.trace;
  for (let i = 0; i < reader.length; i++) {
    if (!codes.has(data[offsets[i]])) continue;
    const e = reader.get(i) as BuildEvent;
    const tables: TraceSwissTable[] = Array.isArray(e.tables) ? e.tables : [];
    for (const t of tables) {
      if (t === null || typeof t !== 'object') continue;
      const k = key(e.map, t.table);
      if (!found.has(k)) found.set(k, { capacity: t.capacity, localDepth: t.localDepth, built: i });
    }
  }
  cache.set(reader, found);
  return found;
}

/** What the trace says about table `table` of map `map`; undefined for a table it never showed whole (a clone's). */
export function swissTableInfo(reader: TraceReader, map: number, table: number): SwissTableInfo | undefined {
  if (table < 0) return undefined;
  return index(reader).get(key(map, table));
}

/** How far a tombstone count may scan (typed-array reads only). */
const countLimit = 4_000_000;

/**
 * Tombstones in table `table` just before event `before`, counted from its (fresh) build: slots
 * deleted to ctrlDeleted, minus tombstones reused by inserts, reset by a clear. null when unknown
 * (a table the trace never showed built, or too far back).
 */
export function tombstonesBefore(reader: TraceReader, map: number, table: number, before: number): number | null {
  const info = swissTableInfo(reader, map, table);
  if (info === undefined || info.built >= before || before - info.built > countLimit) return null;
  const written = eventCodes['swiss.slot.written'];
  const deleted = eventCodes['swiss.slot.deleted'];
  const cleared = eventCodes['swiss.cleared'];
  const pruned = eventCodes['swiss.tombstones.pruned'];
  const { data, offsets } = reader.trace;
  let n = 0;
  // slot.written and slot.deleted store [kind, step, g, map, table, slot, ctrlBefore, ctrlAfter, …].
  for (let j = info.built + 1; j < before; j++) {
    const p = offsets[j];
    const code = data[p];
    if (code === written || code === deleted) {
      if (data[p + 3] !== map || data[p + 4] !== table) continue;
      if (code === written && data[p + 6] === ctrlDeleted) n--;
      if (code === deleted && data[p + 7] === ctrlDeleted) n++;
    } else if (code === pruned && data[p + 3] === map && data[p + 4] === table) {
      // [kind, step, g, map, table, growthLeftBefore, growthLeftAfter, slots]: one tombstone per slot of growth.
      n -= data[p + 6] - data[p + 5];
    } else if (code === cleared && data[p + 3] === map) {
      const e = reader.get(j) as EventOf<'swiss.cleared'>;
      if (Array.isArray(e.tables) && e.tables.some((t) => t !== null && t.table === table)) n = 0;
    }
  }
  return n;
}
