// Control bytes, group matches, the probe sequence, growthLeft, and delete's empty-vs-tombstone rule.
import { describe, expect, it } from 'vitest';
import { runToEnd } from '../map/map-op.ts';
import { swissAssignOp, swissSet } from './assign.ts';
import { swissDelete } from './delete.ts';
import { swissAccess } from './access.ts';
import { ctrlDeleted, ctrlEmpty, ctrlString, groupSlots, h1, h2, isFull } from './ctrl.ts';
import { firstBit, GroupArray } from './group.ts';
import { maxGrowthLeft, probeForPut, Table, tableFind } from './table.ts';
import { identityKeyOps, identitySwiss } from './test-kit.ts';

describe('control bytes and the hash split', () => {
  it('uses Go\'s values and splits H1 = hash >> 7, H2 = hash & 0x7f', () => {
    expect([ctrlEmpty, ctrlDeleted]).toEqual([0x80, 0xfe]);
    expect(h2(0xdeadbeef)).toBe(0xef & 0x7f);
    expect(h1(0xdeadbeef)).toBe(0xdeadbeef >>> 7);
    expect(isFull(0x7f) && isFull(0) && !isFull(ctrlEmpty) && !isFull(ctrlDeleted)).toBe(true);
    expect([ctrlString(ctrlEmpty), ctrlString(ctrlDeleted), ctrlString(0x1f)]).toEqual(['empty', 'deleted', 'h2=0x1f']);
  });

  it('a fresh group is all empty; matches report slot bitmasks', () => {
    const g = new GroupArray<number, number>(2);
    expect(Array.from(g.ctrl)).toEqual(new Array(16).fill(ctrlEmpty));
    g.ctrl[8 + 2] = 0x11;
    g.ctrl[8 + 5] = 0x11;
    g.ctrl[8 + 6] = ctrlDeleted;
    expect(g.matchH2(1, 0x11)).toBe(0b0010_0100);
    expect(g.matchH2(0, 0x11)).toBe(0);
    expect(g.matchEmpty(1)).toBe(0b1001_1011);
    expect(g.matchEmptyOrDeleted(1)).toBe(0b1101_1011);
    expect(firstBit(0b0010_0100)).toBe(2);
  });
});

describe('tables', () => {
  it('growthLeft starts at 7/8 of the capacity, capacity-1 for a single group', () => {
    expect([8, 16, 32, 1024].map(maxGrowthLeft)).toEqual([7, 14, 28, 896]);
  });

  it('probes groups at triangular offsets 0, 1, 3, 6, 10 … from H1, visiting every group', () => {
    // 16 groups; every group full of other fingerprints except where the key will end up.
    const t = new Table<number, number>(1, 128, 0, 0);
    const start = 5;
    const hash = (start << 7) | 0x33;
    const order: number[] = [];
    for (let off = start, i = 0; order.length < 16; i++, off = (off + i) & 15) order.push(off);
    expect(new Set(order).size).toBe(16);
    expect(order.slice(0, 5)).toEqual([5, 6, 8, 11, 15]);
    // Fill the first four groups of the sequence: the insert must land in the fifth.
    for (const gi of order.slice(0, 4)) for (let s = 0; s < groupSlots; s++) t.groups.ctrl[gi * 8 + s] = 0x01;
    const r = probeForPut(t, identityKeyOps, hash, 77);
    expect(r < 0 && (~r >> 3)).toBe(order[4]);
    expect(tableFind(t, identityKeyOps, hash, 77)).toBe(-1);
  });

  it('delete leaves an empty slot in a group that has one, a tombstone in a full group', () => {
    // Identity hashes: H1 = 0 for keys < 128, so all start probing at group 0 of the table.
    const m = identitySwiss();
    for (let k = 1; k <= 13; k++) swissSet(m, k, k); // table of 16: group 0 full, group 1 has 5
    const t = m.dir[0];
    expect(t.groups.matchEmpty(0)).toBe(0);
    const slotOf = (k: number) => tableFind(t, identityKeyOps, k, k);
    const inFull = slotOf(3);
    const inOther = slotOf(12);
    expect(inFull >> 3).toBe(0);
    expect(inOther >> 3).toBe(1);
    const gl = t.growthLeft;
    swissDelete(m, 3);
    expect(t.groups.ctrl[inFull]).toBe(ctrlDeleted);
    expect(t.growthLeft).toBe(gl); // tombstones do not give growthLeft back
    swissDelete(m, 12);
    expect(t.groups.ctrl[inOther]).toBe(ctrlEmpty);
    expect(t.growthLeft).toBe(gl + 1);
    // Keys past the tombstone are still found; a new key reuses the tombstone without using growthLeft.
    expect(swissAccess(m, 13, 0)).toMatchObject({ kind: 'ok', value: { found: true, elem: 13 } });
    const r = runToEnd(swissAssignOp(m, 100));
    expect(r.kind === 'ok' && r.value.slot).toBe(inFull);
    expect(t.growthLeft).toBe(gl + 1);
  });

  it('a small map deletes to empty, never to a tombstone', () => {
    const m = identitySwiss();
    for (let k = 1; k <= 8; k++) swissSet(m, k, k);
    swissDelete(m, 4);
    expect(Array.from(m.small!.ctrl)).not.toContain(ctrlDeleted);
    expect(m.small!.matchEmpty(0)).not.toBe(0);
  });
});
