// Go 1.25+'s tombstone pruning (prune.ts): a map that keeps deleting old keys and inserting new
// ones stays its size instead of doubling again and again (golang/go#70886), every live key stays
// findable, and the prune's event folds forwards and backwards like every other.
import { describe, expect, it } from 'vitest';
import { Rand } from '../../vm/rand.ts';
import { intKeyOps } from '../map/hash.ts';
import { swissAccess } from './access.ts';
import { swissSet } from './assign.ts';
import { swissDelete } from './delete.ts';
import { distinctTables } from './directory.ts';
import { makeSwissMap, type SwissMap } from './swiss-map.ts';
import { pruneTombstones, tombstoneCount } from './prune.ts';
import { RecordingSink } from './test-kit.ts';
import { Player, pictureOf, type Picture } from './test-player.ts';
import type { SwissEventSink } from './swiss-events.ts';

function churn(prune: boolean, live: number, rounds: number, sink?: SwissEventSink<number, number>, check?: (m: SwissMap<number, number>) => void) {
  const m = makeSwissMap<number, number>({ id: 1, keys: intKeyOps, elemZero: 0, rand: new Rand(3), hint: 0, pruneTombstones: prune, ...(sink ? { sink } : {}) });
  let maxCapacity = 0;
  for (let k = 0; k < rounds; k++) {
    swissSet(m, k, k);
    if (k >= live) swissDelete(m, k - live);
    for (const t of distinctTables(m.dir)) maxCapacity = Math.max(maxCapacity, t.capacity);
    check?.(m);
  }
  return { m, maxCapacity };
}

const found = (m: SwissMap<number, number>, k: number) => swissAccess(m, k, -1);

describe('pruning tombstones (Go 1.25+)', () => {
  it.each([
    [40, 20_000],
    [100, 20_000],
    [300, 20_000],
  ])('a sliding window of %i live keys over %i inserts: Go 1.24 keeps doubling, Go 1.25+ stays small', (live, rounds) => {
    const go124 = churn(false, live, rounds);
    const go125 = churn(true, live, rounds);
    // The live entries alone never need more than one table of 7/8 load above them.
    const enough = 2 ** Math.ceil(Math.log2((live * 8) / 7 + 1));
    expect(go125.maxCapacity).toBeLessThanOrEqual(2 * enough);
    expect(go124.maxCapacity).toBeGreaterThan(go125.maxCapacity);
    for (const r of [go124, go125]) {
      expect(r.m.used).toBe(live);
      for (let k = rounds - live; k < rounds; k++) expect(found(r.m, k)).toMatchObject({ kind: 'ok', value: { found: true, elem: k } });
    }
  });

  it('every live key stays findable after every prune, and the tombstone count never goes negative', () => {
    let prunes = 0;
    const rnd = new Rand(11);
    const m = makeSwissMap<number, number>({ id: 1, keys: intKeyOps, elemZero: 0, rand: new Rand(5), pruneTombstones: true });
    const ref = new Map<number, number>();
    for (let step = 0; step < 30_000; step++) {
      const k = rnd.intn(400);
      if (rnd.intn(2) === 0) {
        swissDelete(m, k);
        ref.delete(k);
      } else {
        const before = distinctTables(m.dir).reduce((n, t) => n + tombstoneCount(t), 0);
        swissSet(m, k, step);
        ref.set(k, step);
        const after = distinctTables(m.dir).reduce((n, t) => n + tombstoneCount(t), 0);
        if (after < before - 1) {
          prunes++;
          for (const [rk, rv] of ref) expect(found(m, rk)).toMatchObject({ value: { found: true, elem: rv } });
        }
      }
      for (const t of distinctTables(m.dir)) expect(tombstoneCount(t)).toBeGreaterThanOrEqual(0);
    }
    expect(prunes).toBeGreaterThan(0);
  });

  it('does nothing when tombstones are under 10% of the table', () => {
    const m = makeSwissMap<number, number>({ id: 1, keys: intKeyOps, elemZero: 0, rand: new Rand(1), hint: 100 });
    for (let k = 0; k < 100; k++) swissSet(m, k, k);
    const t = distinctTables(m.dir)[0];
    expect(tombstoneCount(t) * 10).toBeLessThan(t.capacity);
    const ctrl = t.groups.ctrl.slice();
    expect(pruneTombstones(t, intKeyOps, m.seed)).toEqual([]);
    expect(t.groups.ctrl).toEqual(ctrl);
  });

  it('its event folds: a player matches the map after every op and walks back through every state', () => {
    const sink = new RecordingSink<number, number>();
    const player = new Player();
    const pictures: Picture[] = [];
    const marks: number[] = [];
    const { m } = churn(true, 60, 3000, sink, (map) => {
      for (const e of sink.events.splice(0)) player.apply(e as never);
      pictures.push(pictureOf(map as never));
      expect(player.picture()).toEqual(pictures[pictures.length - 1]);
    });
    expect(m.used).toBe(60);
    // Redo with every event kept, then undo to the start.
    const all = new RecordingSink<number, number>();
    churn(true, 60, 3000, all, () => marks.push(all.events.length));
    expect(all.events.filter((e) => e.kind === 'swiss.tombstones.pruned').length).toBeGreaterThan(0);
    const replay = new Player();
    for (const e of all.events) replay.apply(e as never);
    for (let i = marks.length - 1; i >= 0; i--) {
      expect(replay.picture()).toEqual(pictures[i]);
      const from = i === 0 ? 0 : marks[i - 1];
      for (let j = marks[i] - 1; j >= from; j--) replay.revert(all.events[j] as never);
    }
  });
});
