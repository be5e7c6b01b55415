// The event stream: order, zero cost without a sink, enough old values to play backwards, and the
// golden trace of a table split (testdata/split.trace; UPDATE_GOLDENS=1 rewrites it).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Rand } from '../../vm/rand.ts';
import { swissAccess } from './access.ts';
import { swissSet } from './assign.ts';
import { swissClear } from './clear.ts';
import { swissClone } from './clone.ts';
import { swissDelete } from './delete.ts';
import { swissIterInit, swissIterNext } from './iterate.ts';
import type { SwissEvent } from './swiss-events.ts';
import { formatSwissEvent } from './swiss-event-text.ts';
import { intSwiss, RecordingSink } from './test-kit.ts';
import { pictureOf, Player, type Picture } from './test-player.ts';

describe('events', () => {
  it('one insert into a fresh map: window opens, group allocated, small group probed, slot written, window closes, elem stored', () => {
    const sink = new RecordingSink<number, number>();
    const m = intSwiss(1, 0, sink);
    swissSet(m, 42, 7);
    expect(sink.kinds()).toEqual([
      'swiss.made', 'swiss.write.began', 'swiss.group.allocated', 'swiss.probed', 'swiss.slot.written', 'swiss.write.ended', 'swiss.elem.stored',
    ]);
    const [, began, , probed, written, ended, stored] = sink.events;
    expect(probed).toMatchObject({ op: 'assign', key: 42, table: null, dirIndex: -1, probes: 1, found: false, at: { table: null, slot: 0 } });
    expect(began).toMatchObject({ op: 'mapassign', key: 42, writingBefore: 0, writingAfter: 1 });
    expect(written).toMatchObject({ at: { table: null }, ctrlBefore: 0x80, keyAfter: 42, usedBefore: 0, usedAfter: 1, growthLeftBefore: null });
    expect(ended).toMatchObject({ writingBefore: 1, writingAfter: 0 });
    expect(stored).toMatchObject({ before: undefined, after: 7 });
  });

  it('a map with no sink ends in the same state as one with a sink (events only observe)', () => {
    const run = (sink?: RecordingSink<number, number>) => {
      const m = intSwiss(3, 0, sink);
      for (let i = 0; i < 3000; i++) swissSet(m, i, i);
      for (let i = 0; i < 3000; i += 3) swissDelete(m, i);
      return pictureOf(m as never);
    };
    const sink = new RecordingSink<number, number>();
    expect(run(sink)).toEqual(run());
    expect(sink.events.length).toBeGreaterThan(9000);
  });

  it('a player folding the events matches the map after every op, and undoing them walks back through every state', () => {
    const sink = new RecordingSink<number, number>();
    const m = intSwiss(5, 0, sink);
    const rnd = new Rand(77);
    const pictures: Picture[] = [pictureOf(m as never)];
    const marks: number[] = [sink.events.length];
    for (let step = 0; step < 1800; step++) {
      // Mostly fresh keys first (grows, a split), then a small key space (deletes, tombstones).
      const op = rnd.intn(10);
      const early = step < 1500;
      const k = early && op >= 1 ? step : rnd.intn(early ? step + 1 : 300);
      if (step === 1700) swissClear(m);
      else if (op < (early ? 1 : 3)) swissDelete(m, k);
      else if (op < 9) swissSet(m, k, step);
      else swissAccess(m, k, 0);
      if (step === 1000) {
        // A range and a clone add their own events (the clone's under its own map id).
        let r = swissIterInit(m);
        for (let i = 0; i < 5 && r.kind === 'ok' && !r.value.done; i++) r = swissIterNext(r.value);
        swissClone(m, 2);
      }
      pictures.push(pictureOf(m as never));
      marks.push(sink.events.length);
    }
    const mine = (e: SwissEvent) => e.map === 1 && e.kind !== 'swiss.cloned';
    const kinds = new Set(sink.kinds());
    for (const k of ['swiss.grew.to.table', 'swiss.table.grown', 'swiss.table.split', 'swiss.directory.doubled', 'swiss.cleared', 'swiss.slot.deleted']) {
      expect(kinds.has(k), k).toBe(true);
    }
    const player = new Player();
    let at = 0;
    for (let i = 0; i < marks.length; i++) {
      for (; at < marks[i]; at++) if (mine(sink.events[at] as SwissEvent)) player.apply(sink.events[at] as SwissEvent);
      expect(player.picture(), `forward, after op ${i}`).toEqual(pictures[i]);
    }
    for (let i = marks.length - 1; i > 0; i--) {
      for (at = marks[i] - 1; at >= marks[i - 1]; at--) if (mine(sink.events[at] as SwissEvent)) player.revert(sink.events[at] as SwissEvent);
      expect(player.picture(), `backward, before op ${i}`).toEqual(pictures[i - 1]);
    }
  });
});

describe('golden trace', () => {
  it('a table split: testdata/split.trace', () => {
    const m = intSwiss(2024);
    for (let i = 0; i < 896; i++) swissSet(m, i, i);
    const sink = new RecordingSink<number, number>();
    m.sink = sink;
    // The 897th key finds growthLeft 0 in a full 1024-slot table: directory doubles, table splits.
    swissSet(m, 896, 896);
    // Then a lookup, a delete and another lookup in the new tables.
    swissAccess(m, 5, 0);
    swissDelete(m, 5);
    swissAccess(m, 896, 0);
    const text = sink.events.map((e) => formatSwissEvent(e as SwissEvent)).join('\n') + '\n';
    const path = fileURLToPath(new URL('./testdata/split.trace', import.meta.url));
    if (process.env.UPDATE_GOLDENS === '1') writeFileSync(path, text);
    expect(text).toBe(readFileSync(path, 'utf8'));
    expect(text).toContain('directory doubled globalDepth 0->1');
    expect(text).toMatch(/split on bit 0x80000000/);
  });
});
