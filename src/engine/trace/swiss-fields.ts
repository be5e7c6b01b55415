// Flattens the Swiss-table model's events (runtime/swiss/swiss-events.ts) into the trace schema's fields.
//
// Slot addresses become table/slot pairs (table -1 for the small map's group, slot -1 for none),
// null growthLeft (a small map has none) becomes -1, map and iterator ids the trace's own, and
// table snapshots plain data with keys and elems as TraceValues (the side table must survive a
// structured clone to the UI, which raw VM values may not).
import type { GroupsSnapshot, SwissEvent, SwissSlotAddr, TableSnapshot } from '../runtime/swiss/swiss-events.ts';
import type { TraceSwissGroups, TraceSwissTable } from './events.ts';
import { toTraceValue } from './values.ts';

/** The table id a trace uses for the small map's single group. */
export const smallGroupTable = -1;

function at(a: SwissSlotAddr | null): { table: number; slot: number } {
  if (a === null) return { table: smallGroupTable, slot: -1 };
  return { table: a.table ?? smallGroupTable, slot: a.slot };
}

function groups(g: GroupsSnapshot | null): TraceSwissGroups {
  if (g === null) return { ctrl: [], keys: [], elems: [] };
  return { ctrl: g.ctrl.slice(), keys: g.keys.map(toTraceValue), elems: g.elems.map(toTraceValue) };
}

function table(t: TableSnapshot): TraceSwissTable {
  return {
    table: t.table, capacity: t.capacity, used: t.used, growthLeft: t.growthLeft, localDepth: t.localDepth, index: t.index,
    ...groups(t),
  };
}

const gl = (n: number | null): number => (n === null ? -1 : n);

/** The event's fields by schema name; `ids` translates the model's map and iterator ids. */
export function swissEventFields(e: SwissEvent, ids: { map(id: number): number; iter(id: number): number }): Record<string, unknown> {
  const map = ids.map(e.map);
  switch (e.kind) {
    case 'swiss.made':
      return { map, seed: e.seed, hint: e.hint, globalDepth: e.globalDepth, tables: e.tables.map(table) };
    case 'swiss.group.allocated':
      return { map };
    case 'swiss.write.began':
    case 'swiss.write.ended':
      return { ...e, map };
    case 'swiss.slot.written':
    case 'swiss.slot.deleted':
      return { ...e, map, ...at(e.at), growthLeftBefore: gl(e.growthLeftBefore), growthLeftAfter: gl(e.growthLeftAfter) };
    case 'swiss.key.updated':
      return { ...e, map, ...at(e.at) };
    case 'swiss.elem.stored':
      return { map, ...at(e.at), elemBefore: e.before, elemAfter: e.after };
    case 'swiss.seed.changed':
      return { map, seedBefore: e.before, seedAfter: e.after };
    case 'swiss.grew.to.table':
      return { map, small: groups(e.small), tables: [table(e.table)] };
    case 'swiss.table.grown':
      return { ...e, map, tables: [table(e.table)] };
    case 'swiss.directory.doubled':
      return { ...e, map, indexChanges: e.indexChanges.map((c) => ({ ...c })) };
    case 'swiss.table.split':
      return { ...e, map, tables: [table(e.left), table(e.right)] };
    case 'swiss.cleared':
      return { ...e, map, small: groups(e.small), tables: e.tables.map(table) };
    case 'swiss.read':
      return { ...e, map, ...at(e.at) };
    case 'swiss.iter.started':
    case 'swiss.iter.finished':
      return { ...e, map, iter: ids.iter(e.iter) };
    case 'swiss.iter.yielded':
      return { ...e, map, iter: ids.iter(e.iter), ...at(e.at) };
    case 'swiss.cloned':
      return { map, clone: ids.map(e.clone), used: e.used };
    case 'swiss.tombstones.pruned':
      return { map, table: e.table, growthLeftBefore: e.growthLeftBefore, growthLeftAfter: e.growthLeftAfter, slots: e.slots.slice() };
    case 'swiss.probed':
      return { map, op: e.op, key: e.key, hash: e.hash >>> 0, dirIndex: e.dirIndex, table: e.table ?? smallGroupTable, probes: e.probes, found: e.found, slot: e.at === null ? -1 : e.at.slot };
  }
}
