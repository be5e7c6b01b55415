// The Swiss-table maps slice (Go 1.24+): every Swiss map's small group or directory of tables, the
// tables' groups (control bytes, keys, elems), the `writing` flag and who set it, the last slot
// touched, the last probe and the last rehash, folded from the trace's swiss.* events.
//
// Apply writes the events' after-values and revert their before-values. What the events do not
// carry back (who set `writing`, the last touched slot, the last rehash, the last key written) is
// pushed on a per-map history: an immutable linked list kept in a WeakMap beside the state, so a
// clone shares it for free. Tables are
// copy-on-write: a clone shares them, and whichever state writes a table first copies it. Tables
// Go has replaced stay here (index -1) because reverting a rebuild points the directory back at them.
import type { EventOf, TraceEvent, TraceSwissGroups, TraceSwissTable, TraceValue } from '../events.ts';
import type { StateSlice } from './slice.ts';
import { probeOf, type SwissProbe } from './swiss-probe.ts';

export { probeGroups, swissProbeStale, type SwissProbe, type SwissProbeStale } from './swiss-probe.ts';

/** Control byte of an empty slot; a deleted slot (tombstone) is 0xFE; a full one holds the key's 7-bit H2. */
export const swissCtrlEmpty = 0x80;
export const swissCtrlDeleted = 0xfe;
/** Slots per group. */
export const swissGroupSlots = 8;

/** What a control byte says about its slot. */
export function swissSlotKind(ctrl: number): 'empty' | 'deleted' | 'full' {
  if (ctrl === swissCtrlEmpty) return 'empty';
  if (ctrl === swissCtrlDeleted) return 'deleted';
  return 'full';
}

export interface SwissGroups {
  ctrl: number[];
  keys: TraceValue[];
  elems: TraceValue[];
}

export interface SwissTableState extends SwissGroups {
  readonly id: number;
  readonly capacity: number;
  used: number;
  growthLeft: number;
  localDepth: number;
  /** First directory entry pointing here; -1 once replaced by a grow or split. */
  index: number;
  /** The map state allowed to write these arrays in place (copy-on-write). */
  owner: object;
}

/** How a slot was last touched. */
export type SwissTouchKind = 'read' | 'write' | 'key' | 'elem' | 'delete' | 'iter';

/** The slot an event last read or wrote; table -1 is the small group; slot -1 a read that missed. */
export interface SwissTouch {
  readonly index: number;
  readonly g: number;
  readonly table: number;
  readonly slot: number;
  readonly kind: SwissTouchKind;
  readonly key: TraceValue;
  readonly found: boolean;
}

/** The last rebuild: small group → table, a table grown into a bigger one, or a full table split. */
export interface SwissRehash {
  readonly index: number;
  readonly g: number;
  /** 'pruned': Go 1.25+ swept tombstones back to empty in table `old` instead of growing it. */
  readonly kind: 'to-table' | 'grown' | 'split' | 'pruned';
  /** The table replaced (-1: the small group). */
  readonly old: number;
  readonly oldCapacity: number;
  /** The table(s) built (for 'pruned', the same table). */
  readonly tables: readonly number[];
  /** Tombstones a prune turned back into empty slots. */
  readonly count?: number;
}

/** The last write's key, and its H2 once a slot was written for it (-1 before). */
export interface SwissLastKey {
  readonly index: number;
  readonly g: number;
  readonly op: string;
  readonly key: TraceValue;
  readonly h2: number;
}

interface History {
  readonly writer: number;
  readonly writeOp: string;
  readonly lastTouch: SwissTouch | null;
  readonly lastRehash: SwissRehash | null;
  readonly lastKey: SwissLastKey | null;
  readonly lastProbe: SwissProbe | null;
  readonly clearSeq: number;
  readonly next: History | null;
}

export interface SwissMapState {
  /** The trace's map id (m1, m2 … shared with the bucket maps' numbering). */
  readonly id: number;
  readonly madeAt: number;
  readonly madeBy: number;
  readonly hint: number;
  seed: number;
  used: number;
  globalDepth: number;
  /** Directory entries → table ids; empty while the map is small. */
  dir: number[];
  /** The small map's single group (no table), else null. */
  small: SwissGroups | null;
  /** Every table this map has had, by id (replaced ones with index -1). */
  tables: Map<number, SwissTableState>;
  /** Go's `writing` flag (0 or 1). */
  writing: number;
  /** The goroutine whose toggle set `writing` (0 while clear), and its operation. */
  writer: number;
  writeOp: string;
  clearSeq: number;
  lastTouch: SwissTouch | null;
  lastRehash: SwissRehash | null;
  lastKey: SwissLastKey | null;
  /** The last swiss.probed of this map (see swissProbeStale for whether it still holds). */
  lastProbe: SwissProbe | null;
  token: object;
}

/**
 * Each map's history, kept beside the state rather than in it: a deep linked list would make the
 * state costly to print or compare, and it is not part of what a view shows.
 */
const histories = new WeakMap<SwissMapState, History>();

export interface SwissState {
  /** Swiss maps by trace id, in order of make. */
  readonly maps: Map<number, SwissMapState>;
}

/** The tables a directory points at, each once, in directory order. */
export function liveTables(m: SwissMapState): SwissTableState[] {
  const out: SwissTableState[] = [];
  let prev = -1;
  for (const id of m.dir) {
    if (id === prev) continue;
    prev = id;
    const t = m.tables.get(id);
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

function copyGroups(g: TraceSwissGroups): SwissGroups {
  return { ctrl: g.ctrl.slice(), keys: g.keys.slice(), elems: g.elems.slice() };
}

function emptyGroups(n: number): SwissGroups {
  return { ctrl: new Array<number>(n).fill(swissCtrlEmpty), keys: new Array<TraceValue>(n).fill(undefined), elems: new Array<TraceValue>(n).fill(undefined) };
}

function tableOf(t: TraceSwissTable, owner: object): SwissTableState {
  return {
    id: t.table, capacity: t.capacity, used: t.used, growthLeft: t.growthLeft, localDepth: t.localDepth, index: t.index,
    ...copyGroups(t), owner,
  };
}

/** Go's growthLeft for an emptied table: 7/8 of the slots, one less than the slots for a single group. */
function fullGrowthLeft(capacity: number): number {
  return capacity <= swissGroupSlots ? capacity - 1 : (capacity * 7) / 8;
}

/** The table, writable by `m` (copied first if another state shares it). */
function own(m: SwissMapState, id: number): SwissTableState | undefined {
  const t = m.tables.get(id);
  if (!t || t.owner === m.token) return t;
  const c: SwissTableState = { ...t, ctrl: t.ctrl.slice(), keys: t.keys.slice(), elems: t.elems.slice(), owner: m.token };
  m.tables.set(id, c);
  return c;
}

/** The group array holding slots of `table` (-1: the small group), writable. */
function groupsOf(m: SwissMapState, table: number): SwissGroups | undefined {
  if (table < 0) return m.small ?? undefined;
  return own(m, table);
}

/** Points the directory entries a table owns (2^(globalDepth-localDepth) from its index) at it. */
function point(m: SwissMapState, id: number, index: number, localDepth: number): void {
  if (index < 0) return;
  const n = 2 ** Math.max(0, m.globalDepth - localDepth);
  for (let i = 0; i < n; i++) m.dir[index + i] = id;
}

function save(m: SwissMapState): void {
  histories.set(m, {
    writer: m.writer, writeOp: m.writeOp, lastTouch: m.lastTouch, lastRehash: m.lastRehash, lastKey: m.lastKey,
    lastProbe: m.lastProbe, clearSeq: m.clearSeq, next: histories.get(m) ?? null,
  });
}

function restore(m: SwissMapState): void {
  const h = histories.get(m);
  if (!h) return;
  m.writer = h.writer;
  m.writeOp = h.writeOp;
  m.lastTouch = h.lastTouch;
  m.lastRehash = h.lastRehash;
  m.lastKey = h.lastKey;
  m.lastProbe = h.lastProbe;
  m.clearSeq = h.clearSeq;
  if (h.next) histories.set(m, h.next);
  else histories.delete(m);
}

function newMap(e: EventOf<'swiss.made'>): SwissMapState {
  const token = {};
  const m: SwissMapState = {
    id: e.map, madeAt: e.index, madeBy: e.g, hint: e.hint, seed: e.seed, used: 0, globalDepth: e.globalDepth,
    dir: [], small: null, tables: new Map(), writing: 0, writer: 0, writeOp: '', clearSeq: 0,
    lastTouch: null, lastRehash: null, lastKey: null, lastProbe: null, token,
  };
  for (const t of e.tables) {
    m.tables.set(t.table, tableOf(t, token));
    point(m, t.table, t.index, t.localDepth);
  }
  return m;
}

function touch(m: SwissMapState, e: TraceEvent, table: number, slot: number, kind: SwissTouchKind, key: TraceValue, found = true): void {
  m.lastTouch = { index: e.index, g: e.g, table, slot, kind, key, found };
}

/**
 * Go 1.25+'s pruneTombstones (swiss.tombstones.pruned): the listed slots go from tombstone to
 * empty and growthLeft grows, or back when stepped over backwards. False for any other event.
 */
function foldPrune(m: SwissMapState, e: TraceEvent, forwards: boolean): boolean {
  if (e.kind !== 'swiss.tombstones.pruned') return false;
  const p = e;
  const t = own(m, p.table);
  if (!t || !Array.isArray(p.slots)) return true;
  if (forwards) save(m);
  for (const s of p.slots) if (s >= 0 && s < t.ctrl.length) t.ctrl[s] = forwards ? swissCtrlEmpty : swissCtrlDeleted;
  t.growthLeft = forwards ? p.growthLeftAfter : p.growthLeftBefore;
  if (forwards) m.lastRehash = { index: p.index, g: p.g, kind: 'pruned', old: p.table, oldCapacity: t.capacity, tables: [p.table], count: p.slots.length };
  else restore(m);
  return true;
}

function applyMap(m: SwissMapState, e: TraceEvent): void {
  if (foldPrune(m, e, true)) return;
  switch (e.kind) {
    case 'swiss.group.allocated':
      m.small = emptyGroups(swissGroupSlots);
      break;
    case 'swiss.write.began':
      save(m);
      m.writing = e.writingAfter;
      m.writer = e.writingAfter !== 0 ? e.g : 0;
      m.writeOp = e.writingAfter !== 0 ? e.op : '';
      m.lastKey = { index: e.index, g: e.g, op: e.op, key: e.key, h2: -1 };
      break;
    case 'swiss.write.ended':
      save(m);
      m.writing = e.writingAfter;
      if (e.writingAfter === 0) {
        m.writer = 0;
        m.writeOp = '';
      } else if (m.writer === 0) {
        // Another goroutine's toggle cleared it and this one set it again (the race Go reports).
        m.writer = e.g;
        m.writeOp = e.op;
      }
      break;
    case 'swiss.slot.written': {
      save(m);
      const g = groupsOf(m, e.table);
      if (g) {
        g.ctrl[e.slot] = e.ctrlAfter;
        g.keys[e.slot] = e.keyAfter;
      }
      m.used = e.usedAfter;
      if (e.table >= 0) {
        const t = own(m, e.table);
        if (t) {
          t.used++;
          t.growthLeft = e.growthLeftAfter;
        }
      }
      touch(m, e, e.table, e.slot, 'write', e.keyAfter);
      if (m.lastKey) m.lastKey = { ...m.lastKey, h2: e.ctrlAfter };
      break;
    }
    case 'swiss.key.updated': {
      save(m);
      const g = groupsOf(m, e.table);
      if (g) g.keys[e.slot] = e.keyAfter;
      touch(m, e, e.table, e.slot, 'key', e.keyAfter);
      break;
    }
    case 'swiss.elem.stored': {
      save(m);
      const g = groupsOf(m, e.table);
      if (g) g.elems[e.slot] = e.elemAfter;
      touch(m, e, e.table, e.slot, 'elem', g ? g.keys[e.slot] : undefined);
      break;
    }
    case 'swiss.slot.deleted': {
      save(m);
      const g = groupsOf(m, e.table);
      if (g) {
        g.ctrl[e.slot] = e.ctrlAfter;
        g.keys[e.slot] = undefined;
        g.elems[e.slot] = undefined;
      }
      m.used = e.usedAfter;
      if (e.table >= 0) {
        const t = own(m, e.table);
        if (t) {
          t.used--;
          t.growthLeft = e.growthLeftAfter;
        }
      }
      touch(m, e, e.table, e.slot, 'delete', e.key);
      break;
    }
    case 'swiss.seed.changed':
      m.seed = e.seedAfter;
      break;
    case 'swiss.grew.to.table': {
      save(m);
      const t = e.tables[0];
      if (!t) break;
      m.small = null;
      m.globalDepth = 0;
      m.dir = [t.table];
      m.tables.set(t.table, tableOf(t, m.token));
      m.lastRehash = { index: e.index, g: e.g, kind: 'to-table', old: -1, oldCapacity: e.small.ctrl.length, tables: [t.table] };
      break;
    }
    case 'swiss.table.grown': {
      save(m);
      const t = e.tables[0];
      if (!t) break;
      const old = own(m, e.old);
      if (old) old.index = -1;
      m.tables.set(t.table, tableOf(t, m.token));
      for (let i = 0; i < e.dirEntries; i++) m.dir[e.dirStart + i] = t.table;
      m.lastRehash = { index: e.index, g: e.g, kind: 'grown', old: e.old, oldCapacity: e.oldCapacity, tables: [t.table] };
      break;
    }
    case 'swiss.directory.doubled':
      m.dir = m.dir.flatMap((id) => [id, id]);
      m.globalDepth = e.globalDepthAfter;
      for (const c of e.indexChanges) {
        const t = own(m, c.table);
        if (t) t.index = c.after;
      }
      break;
    case 'swiss.table.split': {
      save(m);
      const old = own(m, e.old);
      if (old) old.index = -1;
      for (const t of e.tables) {
        m.tables.set(t.table, tableOf(t, m.token));
        point(m, t.table, t.index, t.localDepth);
      }
      m.lastRehash = { index: e.index, g: e.g, kind: 'split', old: e.old, oldCapacity: old?.capacity ?? 0, tables: e.tables.map((t) => t.table) };
      break;
    }
    case 'swiss.cleared':
      save(m);
      m.used = 0;
      m.clearSeq = e.clearSeqAfter;
      if (m.small) m.small = emptyGroups(m.small.ctrl.length);
      for (const snap of e.tables) {
        const t = own(m, snap.table);
        if (!t) continue;
        Object.assign(t, emptyGroups(t.capacity), { used: 0, growthLeft: fullGrowthLeft(t.capacity) });
      }
      break;
    case 'swiss.read':
      save(m);
      touch(m, e, e.table, e.slot, 'read', e.key, e.found);
      break;
    case 'swiss.probed': {
      save(m);
      const capacity = e.table < 0 ? swissGroupSlots : m.tables.get(e.table)?.capacity ?? swissGroupSlots;
      m.lastProbe = probeOf(e, capacity, m.globalDepth, m.seed, m.clearSeq);
      break;
    }
    case 'swiss.iter.yielded':
      save(m);
      touch(m, e, e.table, e.slot, 'iter', e.key);
      break;
    default:
      break;
  }
}

function revertMap(m: SwissMapState, e: TraceEvent): void {
  if (foldPrune(m, e, false)) return;
  switch (e.kind) {
    case 'swiss.group.allocated':
      m.small = null;
      break;
    case 'swiss.write.began':
    case 'swiss.write.ended':
      m.writing = e.writingBefore;
      restore(m);
      break;
    case 'swiss.slot.written': {
      const g = groupsOf(m, e.table);
      if (g) {
        g.ctrl[e.slot] = e.ctrlBefore;
        g.keys[e.slot] = e.keyBefore;
      }
      m.used = e.usedBefore;
      if (e.table >= 0) {
        const t = own(m, e.table);
        if (t) {
          t.used--;
          t.growthLeft = e.growthLeftBefore;
        }
      }
      restore(m);
      break;
    }
    case 'swiss.key.updated': {
      const g = groupsOf(m, e.table);
      if (g) g.keys[e.slot] = e.keyBefore;
      restore(m);
      break;
    }
    case 'swiss.elem.stored': {
      const g = groupsOf(m, e.table);
      if (g) g.elems[e.slot] = e.elemBefore;
      restore(m);
      break;
    }
    case 'swiss.slot.deleted': {
      const g = groupsOf(m, e.table);
      if (g) {
        g.ctrl[e.slot] = e.ctrlBefore;
        g.keys[e.slot] = e.key;
        g.elems[e.slot] = e.elem;
      }
      m.used = e.usedBefore;
      if (e.table >= 0) {
        const t = own(m, e.table);
        if (t) {
          t.used++;
          t.growthLeft = e.growthLeftBefore;
        }
      }
      restore(m);
      break;
    }
    case 'swiss.seed.changed':
      m.seed = e.seedBefore;
      break;
    case 'swiss.grew.to.table': {
      const t = e.tables[0];
      if (t) {
        m.tables.delete(t.table);
        m.dir = [];
        m.small = copyGroups(e.small);
      }
      restore(m);
      break;
    }
    case 'swiss.table.grown': {
      const t = e.tables[0];
      if (t) {
        m.tables.delete(t.table);
        const old = own(m, e.old);
        if (old) old.index = e.oldIndex;
        for (let i = 0; i < e.dirEntries; i++) m.dir[e.dirStart + i] = e.old;
      }
      restore(m);
      break;
    }
    case 'swiss.directory.doubled':
      m.dir = m.dir.filter((_, i) => i % 2 === 0);
      m.globalDepth = e.globalDepthBefore;
      for (const c of e.indexChanges) {
        const t = own(m, c.table);
        if (t) t.index = c.before;
      }
      break;
    case 'swiss.table.split':
      for (const t of e.tables) m.tables.delete(t.table);
      {
        const old = own(m, e.old);
        if (old) old.index = e.oldIndex;
        point(m, e.old, e.oldIndex, e.oldLocalDepth);
      }
      restore(m);
      break;
    case 'swiss.cleared':
      m.used = e.usedBefore;
      if (e.small.ctrl.length > 0) m.small = copyGroups(e.small);
      for (const snap of e.tables) {
        const t = own(m, snap.table);
        if (!t) continue;
        Object.assign(t, copyGroups(snap), { used: snap.used, growthLeft: snap.growthLeft, localDepth: snap.localDepth, index: snap.index });
      }
      restore(m);
      break;
    case 'swiss.read':
    case 'swiss.iter.yielded':
    case 'swiss.probed':
      restore(m);
      break;
    default:
      break;
  }
}

function cloneMap(m: SwissMapState): SwissMapState {
  // Both states lose in-place rights to the shared tables: the first write on either side copies.
  m.token = {};
  const c: SwissMapState = {
    ...m,
    dir: m.dir.slice(),
    small: m.small && copyGroups(m.small),
    tables: new Map(m.tables),
    token: {},
  };
  const h = histories.get(m);
  if (h) histories.set(c, h);
  return c;
}

function mapOf(s: SwissState, e: TraceEvent): SwissMapState | undefined {
  return 'map' in e && typeof e.map === 'number' ? s.maps.get(e.map) : undefined;
}

export const swissSlice: StateSlice<SwissState> = {
  name: 'swiss',
  init: () => ({ maps: new Map() }),
  apply(s, e) {
    if (!e.kind.startsWith('swiss.')) return;
    if (e.kind === 'swiss.made') {
      s.maps.set(e.map, newMap(e));
      return;
    }
    const m = mapOf(s, e);
    if (m) applyMap(m, e);
  },
  revert(s, e) {
    if (!e.kind.startsWith('swiss.')) return;
    if (e.kind === 'swiss.made') {
      s.maps.delete(e.map);
      return;
    }
    const m = mapOf(s, e);
    if (m) revertMap(m, e);
  },
  clone(s) {
    return { maps: new Map([...s.maps].map(([id, m]) => [id, cloneMap(m)])) };
  },
};
