// Reading a Swiss map: Go 1.24's runtime_mapaccess1/2 as a two-phase op, and the unchecked lookup
// (getWithKey) the iterator uses after a grow.
//
// As in the classic map, a reader checks only at entry, and only when the map is non-nil and
// non-empty: `writing != 0` is fatal "concurrent map read and map write". A reader that got past
// the check keeps going on whatever it selected (the small group, or the table the directory
// pointed at) even if a writer replaces it meanwhile — the old table still holds what it held.
import type { KeyOps } from '../map/hash.ts';
import {
  fatal, msgReadWrite, ok, panicked, phaseRan, runToEnd, type MapOp, type OpOutcome, type StepResult,
} from '../map/map-op.ts';
import { groupSlots, h2 } from './ctrl.ts';
import { directoryIndex } from './directory.ts';
import type { GroupArray } from './group.ts';
import { addrOf, type SwissSlotRef } from './slot-ref.ts';
import { emitProbed } from './probe-event.ts';
import type { SwissGoMap, SwissMap } from './swiss-map.ts';
import { tableFind, type Table } from './table.ts';

/** What `v, ok := m[k]` gets: the elem (or the zero value), whether the key was there, and where. */
export interface SwissAccessResult<K, V> {
  readonly elem: V;
  readonly found: boolean;
  readonly at: SwissSlotRef<K, V> | null;
}

/** Go's getWithKeySmall: the small group's slots whose control byte is H2, compared by key. */
export function findSmall<K, V>(g: GroupArray<K, V>, ops: KeyOps<K>, hash: number, key: K): number {
  const fp = h2(hash);
  for (let i = 0; i < groupSlots; i++) if (g.ctrl[i] === fp && ops.equal(key, g.keys[i] as K)) return i;
  return -1;
}

/** Go's getWithKey: a lookup with no concurrency check (the iterator's re-lookup after a grow). */
export function swissLookup<K, V>(m: SwissMap<K, V>, key: K): SwissSlotRef<K, V> | null {
  if (m.used === 0) return null;
  const hash = m.keys.hash(key, m.seed) >>> 0;
  if (m.dirLen === 0) {
    const g = m.small;
    if (g === null) return null;
    const s = findSmall(g, m.keys, hash, key);
    return s < 0 ? null : { groups: g, slot: s, table: null };
  }
  const t = m.dir[directoryIndex(m, hash)];
  const s = tableFind(t, m.keys, hash, key);
  return s < 0 ? null : { groups: t.groups, slot: s, table: t };
}

const ranEntry = phaseRan('entry');

/**
 * `v := m[k]` / `v, ok := m[k]`. Phases: 'entry' (nil/empty shortcut, the writing check, hash,
 * select the small group or the table), 'search' (probe and read the elem).
 */
export class SwissAccessOp<K, V> implements MapOp<SwissAccessResult<K, V>> {
  readonly name = 'mapaccess2';
  next: 'entry' | 'search' | 'done' = 'entry';
  private hash = 0;
  /** The directory entry the entry phase selected (the directory may double before the search). */
  private dirIndex = -1;
  private table: Table<K, V> | null = null;
  private group: GroupArray<K, V> | null = null;
  private outcome: OpOutcome<SwissAccessResult<K, V>> | null = null;

  constructor(
    readonly m: SwissGoMap<K, V>,
    readonly key: K,
    readonly zero: V,
    /** The key type's ops for a nil map, which carries none: unhashable keys panic even there. */
    readonly nilKeys?: KeyOps<K>,
  ) {}

  step(): StepResult<SwissAccessResult<K, V>> {
    if (this.outcome !== null) return this.outcome;
    const m = this.m;
    if (this.next === 'entry') {
      if (m === null || m.used === 0) {
        // No concurrency check on this path; an unhashable key still panics (Go's mapKeyError).
        const p = (m === null ? this.nilKeys : m.keys)?.hashPanic?.(this.key);
        if (p !== undefined) return this.finish(panicked(p));
        return this.finish(ok({ elem: this.zero, found: false, at: null }));
      }
      if (m.writing !== 0) return this.finish(fatal(msgReadWrite));
      const p = m.keys.hashPanic?.(this.key);
      if (p !== undefined) return this.finish(panicked(p));
      this.hash = m.keys.hash(this.key, m.seed) >>> 0;
      if (m.dirLen === 0) this.group = m.small;
      else {
        this.dirIndex = directoryIndex(m, this.hash);
        this.table = m.dir[this.dirIndex];
      }
      this.next = 'search';
      return ranEntry;
    }
    const mm = m!;
    let at: SwissSlotRef<K, V> | null = null;
    if (this.table !== null) {
      const s = tableFind(this.table, mm.keys, this.hash, this.key);
      if (s >= 0) at = { groups: this.table.groups, slot: s, table: this.table };
      if (mm.sink) emitProbed(mm, 'access', this.key, this.hash, this.dirIndex, this.table, s, s >= 0);
    } else if (this.group !== null) {
      const s = findSmall(this.group, mm.keys, this.hash, this.key);
      if (s >= 0) at = { groups: this.group, slot: s, table: null };
      if (mm.sink) emitProbed(mm, 'access', this.key, this.hash, -1, null, s, s >= 0);
    }
    mm.sink?.emit({ kind: 'swiss.read', map: mm.id, key: this.key, found: at !== null, at: at && addrOf(at.table, at.slot) });
    if (at === null) return this.finish(ok({ elem: this.zero, found: false, at: null }));
    const e = at.groups.elems[at.slot];
    return this.finish(ok({ elem: e === undefined ? this.zero : e, found: true, at }));
  }

  private finish(o: OpOutcome<SwissAccessResult<K, V>>): OpOutcome<SwissAccessResult<K, V>> {
    this.outcome = o;
    this.next = 'done';
    return o;
  }
}

/** A phased read of `m[key]`. */
export function swissAccessOp<K, V>(m: SwissGoMap<K, V>, key: K, zero: V, nilKeys?: KeyOps<K>): SwissAccessOp<K, V> {
  return new SwissAccessOp(m, key, m === null ? zero : m.elemZero, nilKeys);
}

/** `m[key]` with no interleaving (the fast path; same code as the phased op). */
export function swissAccess<K, V>(m: SwissGoMap<K, V>, key: K, zero: V, nilKeys?: KeyOps<K>): OpOutcome<SwissAccessResult<K, V>> {
  return runToEnd(swissAccessOp(m, key, zero, nilKeys));
}
