// One Swiss table: its groups, capacity, used, growthLeft, localDepth, and Go's probe sequence.
//
// Go 1.24 internal/runtime/maps/table.go. A table holds capacity/8 groups (a power of two) and
// probes them triangularly from H1: group offsets h, h+1, h+3, h+6, … masked by the group count,
// which visits every group exactly once in the first ngroups steps. A probe ends at the first
// group that has an empty slot, which is why a table is never allowed to fill: growthLeft starts
// at capacity*7/8 (capacity-1 for a one-group table) and only inserts into empty slots consume it.
// Tombstones do not give it back; only a rehash does.
import { ctrlDeleted, ctrlEmpty, groupSlots, groupSlotsBits, h1, h2, maxAvgGroupLoad, maxTableCapacity } from './ctrl.ts';
import { firstBit, GroupArray } from './group.ts';
import type { KeyOps } from '../map/hash.ts';
import type { GroupsSnapshot, TableId, TableSnapshot } from './swiss-events.ts';

export class Table<K, V> {
  /** Full slots. */
  used = 0;
  /** Empty slots that may still be filled before a rehash. */
  growthLeft: number;
  readonly groups: GroupArray<K, V>;

  constructor(
    readonly id: TableId,
    /** Slots, a power of two ≥ 8 and ≤ maxTableCapacity. */
    readonly capacity: number,
    /** First directory entry pointing here; -1 once the table has been replaced (stale). */
    public index: number,
    /** How many top hash bits all keys of this table share (extendible hashing). */
    public localDepth: number,
  ) {
    this.groups = new GroupArray<K, V>(capacity >>> groupSlotsBits);
    this.growthLeft = maxGrowthLeft(capacity);
  }
}

/** Go's maxGrowthLeft: one slot short of full for one group, else 7/8 of the capacity. */
export function maxGrowthLeft(capacity: number): number {
  return capacity <= groupSlots ? capacity - 1 : (capacity * maxAvgGroupLoad) / groupSlots;
}

/** Go's newTable capacity rule: at least one group, rounded up to a power of two, at most 1024. */
export function tableCapacity(want: number): number {
  let c = groupSlots;
  while (c < want && c < maxTableCapacity) c *= 2;
  return c;
}

/** Groups the last tableFind visited: a plain number, so the hot lookup path allocates nothing. */
let lastFindGroups = 0;

/** Finds `key` in `t`: its slot (group*8 + i), or -1. */
export function tableFind<K, V>(t: Table<K, V>, ops: KeyOps<K>, hash: number, key: K): number {
  const g = t.groups;
  const mask = g.lengthMask;
  const fp = h2(hash);
  let offset = h1(hash) & mask;
  // Bounded by the group count: a consistent table always has an empty slot, but a raced one in
  // the model must not loop forever where Go would.
  for (let index = 0; index <= mask; ) {
    lastFindGroups = index + 1;
    let m = g.matchH2(offset, fp);
    while (m !== 0) {
      const s = (offset << groupSlotsBits) + firstBit(m);
      if (ops.equal(key, g.keys[s] as K)) return s;
      m &= m - 1;
    }
    if (g.matchEmpty(offset) !== 0) return -1;
    index++;
    offset = (offset + index) & mask;
  }
  return -1;
}

/**
 * How many groups tableFind or probeForPut visits for `key`: both stop at the group holding the
 * key or at the first group with an empty slot (bounded by the group count). Only traced runs call
 * it, before the op changes the table, so untraced probes do no extra work.
 */
export function probeLength<K, V>(t: Table<K, V>, ops: KeyOps<K>, hash: number, key: K): number {
  tableFind(t, ops, hash, key);
  return lastFindGroups;
}

/** probeForPut's answer when there is neither the key nor room: the table must be rehashed. */
export const needRehash = -0x7fffffff;

/**
 * The probe of Go 1.24's PutSlot / runtime_mapassign: the key's slot if present (≥ 0), else the
 * slot to insert into as `~slot` (< 0): the first tombstone seen in a full group on the way, or
 * the first empty slot of the group that ends the probe. `needRehash` when the only candidate is
 * an empty slot and growthLeft is 0 (a reused tombstone costs no growthLeft).
 */
export function probeForPut<K, V>(t: Table<K, V>, ops: KeyOps<K>, hash: number, key: K): number {
  const g = t.groups;
  const mask = g.lengthMask;
  const fp = h2(hash);
  let offset = h1(hash) & mask;
  let firstDeleted = -1;
  for (let index = 0; index <= mask; ) {
    let m = g.matchH2(offset, fp);
    while (m !== 0) {
      const s = (offset << groupSlotsBits) + firstBit(m);
      if (ops.equal(key, g.keys[s] as K)) return s;
      m &= m - 1;
    }
    const empty = g.matchEmpty(offset);
    if (empty !== 0) {
      if (firstDeleted >= 0) return ~firstDeleted;
      return t.growthLeft > 0 ? ~((offset << groupSlotsBits) + firstBit(empty)) : needRehash;
    }
    // Go checks for an empty slot first, so only a group with no empty slot lends its tombstone.
    if (firstDeleted < 0) {
      const d = g.matchEmptyOrDeleted(offset);
      if (d !== 0) firstDeleted = (offset << groupSlotsBits) + firstBit(d);
    }
    index++;
    offset = (offset + index) & mask;
  }
  return firstDeleted >= 0 ? ~firstDeleted : needRehash;
}

/** Stores a new key in slot `s` found by probeForPut; a tombstone is reused without using growthLeft. */
export function putAt<K, V>(t: Table<K, V>, s: number, hash: number, key: K): void {
  const g = t.groups;
  if (g.ctrl[s] !== ctrlDeleted) t.growthLeft--;
  g.keys[s] = key;
  g.ctrl[s] = h2(hash);
  t.used++;
}

/**
 * Go's uncheckedPutSlot, used while rebuilding: the first empty-or-deleted slot on the probe
 * sequence (a fresh table has no tombstones), with no key comparison. Returns the slot.
 */
export function uncheckedPut<K, V>(t: Table<K, V>, hash: number, key: K, elem: V | undefined): number {
  const g = t.groups;
  const mask = g.lengthMask;
  let offset = h1(hash) & mask;
  for (let index = 0; ; ) {
    const m = g.matchEmptyOrDeleted(offset);
    if (m !== 0) {
      const s = (offset << groupSlotsBits) + firstBit(m);
      if (g.ctrl[s] === ctrlEmpty) t.growthLeft--;
      g.keys[s] = key;
      g.elems[s] = elem;
      g.ctrl[s] = h2(hash);
      t.used++;
      return s;
    }
    index++;
    offset = (offset + index) & mask;
  }
}

/**
 * Go's table.Delete decision for a found slot: empty when its group still has an empty slot (no
 * probe sequence runs through such a group), else a tombstone. Returns the new control byte.
 */
export function deleteAt<K, V>(t: Table<K, V>, s: number): number {
  const g = t.groups;
  g.keys[s] = undefined;
  g.elems[s] = undefined;
  t.used--;
  if (g.matchEmpty(s >>> groupSlotsBits) !== 0) {
    g.ctrl[s] = ctrlEmpty;
    t.growthLeft++;
    return ctrlEmpty;
  }
  g.ctrl[s] = ctrlDeleted;
  return ctrlDeleted;
}

/** Go's table.Clear: every control byte empty, used 0, growthLeft back to the maximum. */
export function clearTable<K, V>(t: Table<K, V>): void {
  t.groups.reset();
  t.used = 0;
  t.growthLeft = maxGrowthLeft(t.capacity);
}

/** Go's table.clone: same layout, tombstones and counters, under a new identity. */
export function cloneTable<K, V>(t: Table<K, V>, id: TableId): Table<K, V> {
  const c = new Table<K, V>(id, t.capacity, t.index, t.localDepth);
  c.groups.ctrl.set(t.groups.ctrl);
  for (let i = 0; i < t.capacity; i++) {
    c.groups.keys[i] = t.groups.keys[i];
    c.groups.elems[i] = t.groups.elems[i];
  }
  c.used = t.used;
  c.growthLeft = t.growthLeft;
  return c;
}

/** A group array as plain data, for events. */
export function snapshotGroups<K, V>(g: GroupArray<K, V>): GroupsSnapshot<K, V> {
  return { ctrl: Array.from(g.ctrl), keys: g.keys.slice(), elems: g.elems.slice() };
}

/** The table as plain data, for events. */
export function snapshotTable<K, V>(t: Table<K, V>): TableSnapshot<K, V> {
  return {
    table: t.id, capacity: t.capacity, used: t.used, growthLeft: t.growthLeft, localDepth: t.localDepth,
    index: t.index, ctrl: Array.from(t.groups.ctrl), keys: t.groups.keys.slice(), elems: t.groups.elems.slice(),
  };
}
