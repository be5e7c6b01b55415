// Go 1.25+'s table.pruneTombstones: before an insert grows a table that has no room left, turn
// back into empty slots the tombstones that no key's probe sequence still has to walk past.
//
// A tombstone must stay while some live key's probe passes its group before reaching the key's
// own group (an empty slot there would end that probe early and lose the key). Every other
// group's tombstones can go. It is all-or-nothing by cost, as in Go: nothing is done unless the
// table holds tombstones worth at least 10% of its capacity and at least 10% can be reclaimed; then
// the caller inserts without growing. Go 1.24 has no prune: a table full of tombstones doubles.
// The loop bounds (group count) only matter for a raced table, which Go would corrupt instead.
import { ctrlDeleted, ctrlEmpty, groupSlotsBits, h1, maxAvgGroupLoad, groupSlots } from './ctrl.ts';
import { firstBit } from './group.ts';
import type { KeyOps } from '../map/hash.ts';
import type { Table } from './table.ts';

/** The tombstones in `t`: Go counts them as the slots neither used nor left to grow into. */
export function tombstoneCount<K, V>(t: Table<K, V>): number {
  return Math.floor((t.capacity * maxAvgGroupLoad) / groupSlots) - t.used - t.growthLeft;
}

/**
 * Prunes `t` if it is worth it; returns the slots emptied (group*8 + i), or [] when Go would
 * leave the table alone and grow it instead. `seed` is the map's hash seed.
 */
export function pruneTombstones<K, V>(t: Table<K, V>, ops: KeyOps<K>, seed: number): number[] {
  if (tombstoneCount(t) * 10 < t.capacity) return [];
  const g = t.groups;
  const mask = g.lengthMask;
  const needed = new Uint8Array(mask + 1);
  for (let group = 0; group <= mask; group++) {
    for (let i = 0; i < groupSlots; i++) {
      const s = (group << groupSlotsBits) + i;
      if ((g.ctrl[s] & 0x80) !== 0) continue; // empty or deleted
      const key = g.keys[s] as K;
      // A key not equal to itself (NaN) is never looked up, only iterated: its path may break.
      if (!ops.equal(key, key)) continue;
      let offset = h1(ops.hash(key, seed) >>> 0) & mask;
      for (let step = 0; offset !== group && step <= mask; ) {
        if (g.matchEmptyOrDeleted(offset) !== 0) needed[offset] = 1;
        step++;
        offset = (offset + step) & mask;
      }
    }
    // A group with an empty slot has no tombstones to give.
    if (g.matchEmpty(group) !== 0) needed[group] = 1;
  }
  let reclaimable = 0;
  for (let group = 0; group <= mask; group++) {
    if (needed[group] === 0) reclaimable += popcount(g.matchEmptyOrDeleted(group));
  }
  if (reclaimable * 10 < t.capacity) return [];
  const emptied: number[] = [];
  for (let group = 0; group <= mask; group++) {
    if (needed[group] !== 0) continue;
    for (let m = g.matchEmptyOrDeleted(group); m !== 0; m &= m - 1) {
      const s = (group << groupSlotsBits) + firstBit(m);
      if (g.ctrl[s] !== ctrlDeleted) continue;
      g.ctrl[s] = ctrlEmpty;
      t.growthLeft++;
      emptied.push(s);
    }
  }
  return emptied;
}

function popcount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}
