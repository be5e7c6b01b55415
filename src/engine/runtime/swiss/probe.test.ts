// swiss.probed against the table it describes: for random ops, the groups the event says were
// visited are rebuilt from the hash with the triangular formula and checked at the moment of
// emission (before the op changes anything): every visited group but the last is full, the last
// holds the key or an empty slot, and the slot reported is the one Go finds or takes.
import { describe, expect, it } from 'vitest';
import { intKeyOps, stringKeyOps, type KeyOps } from '../map/hash.ts';
import { Rand } from '../../vm/rand.ts';
import { swissAccess } from './access.ts';
import { swissSet } from './assign.ts';
import { ctrlDeleted, ctrlEmpty, groupSlots } from './ctrl.ts';
import { swissDelete } from './delete.ts';
import type { GroupArray } from './group.ts';
import type { SwissEvent, SwissEventSink } from './swiss-events.ts';
import { makeSwissMap, type SwissMap } from './swiss-map.ts';
import { identityKeyOps, RecordingSink } from './test-kit.ts';

type Probed<K> = Extract<SwissEvent<K, number>, { kind: 'swiss.probed' }>;

/** The visited group numbers, by the formula the schema documents. */
function visited(hash: number, ngroups: number, probes: number): number[] {
  return Array.from({ length: probes }, (_, i) => ((hash >>> 7) + (i * (i + 1)) / 2) & (ngroups - 1));
}

function slotsOf<K>(g: GroupArray<K, number>, group: number): number[] {
  return Array.from({ length: groupSlots }, (_, i) => group * groupSlots + i);
}

/** Checks each probe against the map as it is when the event arrives; counts what it saw. */
class CheckingSink<K> implements SwissEventSink<K, number> {
  m: SwissMap<K, number> | null = null;
  readonly seen = { probes: 0, multi: 0, tombstoneTaken: 0, needRoom: 0, found: 0, missed: 0, small: 0 };
  maxProbes = 0;

  emit(e: SwissEvent<K, number>): void {
    if (e.kind !== 'swiss.probed') return;
    const m = this.m!;
    this.seen.probes++;
    const ops = m.keys;
    expect(e.hash).toBe(ops.hash(e.key, m.seed) >>> 0);
    if (e.table === null) {
      this.seen.small++;
      expect([e.probes, e.dirIndex, m.dirLen]).toEqual([1, -1, 0]);
      this.checkEnd(e, m.small!, [0], ops, null);
      return;
    }
    expect(e.dirIndex).toBe(m.globalDepth === 0 ? 0 : e.hash >>> (32 - m.globalDepth));
    const t = m.dir[e.dirIndex];
    expect(t.id).toBe(e.table);
    const groups = visited(e.hash, t.groups.ngroups, e.probes);
    expect(e.probes).toBeGreaterThanOrEqual(1);
    expect(e.probes).toBeLessThanOrEqual(t.groups.ngroups);
    if (e.probes > 1) this.seen.multi++;
    this.maxProbes = Math.max(this.maxProbes, e.probes);
    this.checkEnd(e, t.groups, groups, ops, t.growthLeft);
  }

  private checkEnd(e: Probed<K>, g: GroupArray<K, number>, groups: number[], ops: KeyOps<K>, growthLeft: number | null): void {
    const last = groups[groups.length - 1];
    const has = (s: number) => g.ctrl[s] === (e.hash & 0x7f) && ops.equal(e.key, g.keys[s] as K);
    // The probe only goes on past a group with no empty slot that does not hold the key.
    for (const grp of groups.slice(0, -1)) {
      expect(slotsOf(g, grp).some((s) => g.ctrl[s] === ctrlEmpty), `group ${grp} had an empty slot, yet the probe went on`).toBe(false);
      expect(slotsOf(g, grp).some(has)).toBe(false);
    }
    if (e.found) {
      this.seen.found++;
      expect(e.at).not.toBeNull();
      expect(Math.floor(e.at!.slot / groupSlots)).toBe(last);
      expect(has(e.at!.slot)).toBe(true);
      return;
    }
    expect(slotsOf(g, last).some(has)).toBe(false);
    // The small group is matched whole, full or not; a table's miss ends at a group with an empty slot.
    if (growthLeft !== null) expect(slotsOf(g, last).some((s) => g.ctrl[s] === ctrlEmpty), 'a miss ends at a group with an empty slot').toBe(true);
    if (e.op !== 'assign') {
      this.seen.missed++;
      expect(e.at).toBeNull();
      return;
    }
    const earlier = groups.slice(0, -1).flatMap((grp) => slotsOf(g, grp)).filter((s) => g.ctrl[s] === ctrlDeleted);
    if (earlier.length > 0) {
      // A new key reuses the first tombstone seen in a full group.
      this.seen.tombstoneTaken++;
      expect(e.at!.slot).toBe(earlier[0]);
    } else if (growthLeft === 0 || (growthLeft === null && e.at === null)) {
      this.seen.needRoom++;
      expect(e.at).toBeNull();
    } else {
      expect(e.at!.slot).toBe(slotsOf(g, last).find((s) => g.ctrl[s] === ctrlEmpty));
    }
  }
}

function run<K>(keys: KeyOps<K>, key: (n: number) => K, seed: number, ops: number, space: number): CheckingSink<K> {
  const sink = new CheckingSink<K>();
  const m = makeSwissMap<K, number>({ id: 1, keys, elemZero: 0, rand: new Rand(seed), sink });
  sink.m = m;
  const rnd = new Rand(seed * 31 + 7);
  for (let i = 0; i < ops; i++) {
    const k = key(rnd.intn(space));
    const op = rnd.intn(10);
    if (op < 5) swissSet(m, k, i);
    else if (op < 8) swissAccess(m, k, 0);
    else swissDelete(m, k);
  }
  return sink;
}

describe('swiss.probed', () => {
  it.each([
    ['int keys, small key space (7 keys: always a small map)', intKeyOps, (n: number) => n, 1, 4000, 7],
    ['int keys, up to a split', intKeyOps, (n: number) => n, 2, 6000, 1500],
    ['string keys', stringKeyOps, (n: number) => `k${n}`, 3, 5000, 400],
    // Identity hashes with the low 10 bits all zero but the top: every key wants group 0 of its table.
    ['colliding H1', identityKeyOps, (n: number) => (n << 12) | (n & 0x7f), 4, 3000, 300],
  ] as Array<[string, KeyOps<unknown>, (n: number) => unknown, number, number, number]>)('%s: each probe matches the table it walked', (_name, keys, key, seed, ops, space) => {
    const sink = run(keys, key, seed, ops, space);
    expect(sink.seen.probes).toBeGreaterThan(ops / 2);
    expect(sink.seen.found).toBeGreaterThan(0);
  });

  it('the random runs reach every kind of ending: multi-group probes, reused tombstones, a probe that needs room', () => {
    const a = run(identityKeyOps, (n) => (n << 12) | (n & 0x7f), 4, 3000, 300);
    const b = run(intKeyOps, (n) => n, 1, 4000, 7);
    expect(a.seen.multi).toBeGreaterThan(10);
    expect(a.maxProbes).toBeGreaterThanOrEqual(3);
    expect(a.seen.tombstoneTaken + a.seen.needRoom).toBeGreaterThan(0);
    expect(b.seen.small).toBeGreaterThan(100);
    expect(a.seen.missed + b.seen.missed).toBeGreaterThan(0);
  });

  it('an insert that finds no room probes, rebuilds, then probes again and takes a slot', () => {
    const sink = new RecordingSink<number, number>();
    const m = makeSwissMap({ id: 1, keys: intKeyOps, elemZero: 0, rand: new Rand(9), sink });
    for (let i = 0; i < 14; i++) swissSet(m, i, i);
    const from = sink.events.length;
    swissSet(m, 14, 14); // the 15th key: the 16-slot table has growthLeft 0
    const kinds = sink.kinds().slice(from);
    expect(kinds).toEqual([
      'swiss.write.began', 'swiss.probed', 'swiss.table.grown', 'swiss.probed', 'swiss.slot.written', 'swiss.write.ended', 'swiss.elem.stored',
    ]);
    const [first, second] = sink.events.slice(from).filter((e) => e.kind === 'swiss.probed') as Array<Probed<number>>;
    expect(first).toMatchObject({ op: 'assign', key: 14, found: false, at: null });
    const grown = sink.events[from + 2] as Extract<SwissEvent, { kind: 'swiss.table.grown' }>;
    expect(first.table).toBe(grown.old);
    expect(second).toMatchObject({ op: 'assign', key: 14, found: false, table: grown.table.table, hash: first.hash });
    const written = sink.events[from + 4] as Extract<SwissEvent, { kind: 'swiss.slot.written' }>;
    expect(second.at).toEqual(written.at);
  });

  it('reads and deletes probe once, before the read or delete they lead to; a nil or empty map does not probe', () => {
    const sink = new RecordingSink<number, number>();
    const m = makeSwissMap({ id: 1, keys: intKeyOps, elemZero: 0, rand: new Rand(5), sink });
    swissAccess(m, 1, 0);
    swissDelete(m, 1);
    expect(sink.kinds()).not.toContain('swiss.probed');
    for (let i = 0; i < 20; i++) swissSet(m, i, i);
    let from = sink.events.length;
    swissAccess(m, 3, 0);
    expect(sink.kinds().slice(from)).toEqual(['swiss.probed', 'swiss.read']);
    expect(sink.events[from]).toMatchObject({ op: 'access', found: true, at: (sink.events[from + 1] as { at: unknown }).at });
    from = sink.events.length;
    swissDelete(m, 3);
    expect(sink.kinds().slice(from, from + 3)).toEqual(['swiss.write.began', 'swiss.probed', 'swiss.slot.deleted']);
    expect(sink.events[from + 1]).toMatchObject({ op: 'delete', found: true, at: (sink.events[from + 2] as { at: unknown }).at });
    from = sink.events.length;
    swissDelete(m, 3);
    expect(sink.events[from + 1]).toMatchObject({ kind: 'swiss.probed', op: 'delete', found: false, at: null });
  });
});
