// The event stream: order, before/after continuity, and enough old values to step backwards.
import { describe, expect, it } from 'vitest';
import { Rand } from '../../vm/rand.ts';
import { mapSet } from './assign.ts';
import { mapDelete } from './delete.ts';
import { intKeyOps } from './hash.ts';
import { makeMap } from './hmap.ts';
import { pictureMap, type BucketPicture, type MapPicture } from './inspect.ts';
import type { MapEvent } from './map-events.ts';
import { RecordingSink, intMap } from './test-kit.ts';

type Ev = MapEvent<number, number>;

describe('events', () => {
  it('one insert into a fresh map: allocate, window opens, slot written, window closes, elem stored', () => {
    const sink = new RecordingSink<number, number>();
    const m = intMap(1, 0, sink);
    mapSet(m, 42, 7);
    expect(sink.kinds()).toEqual([
      'map.made', 'map.write.began', 'map.buckets.allocated', 'map.slot.written', 'map.write.ended', 'map.elem.stored',
    ]);
    const [, began, , written, ended, stored] = sink.events;
    expect(began).toMatchObject({ op: 'mapassign', key: 42, flagsBefore: 0, flagsAfter: 4 });
    expect(written).toMatchObject({ keyAfter: 42, countBefore: 0, countAfter: 1, tophashBefore: 0 });
    expect(ended).toMatchObject({ flagsBefore: 4, flagsAfter: 0 });
    expect(stored).toMatchObject({ before: undefined, after: 7 });
  });

  it('a growth reports map.grew, then evacuations until one finishes the grow', () => {
    const sink = new RecordingSink<number, number>();
    const m = intMap(2, 0, sink);
    for (let i = 0; i < 60; i++) mapSet(m, i, i);
    const grew = sink.events.filter((e): e is Extract<Ev, { kind: 'map.grew' }> => e.kind === 'map.grew');
    expect(grew.map((g) => [g.BBefore, g.BAfter])).toEqual([[0, 1], [1, 2], [2, 3], [3, 4]]);
    const evac = sink.events.filter((e): e is Extract<Ev, { kind: 'map.bucket.evacuated' }> => e.kind === 'map.bucket.evacuated');
    // Each completed grow ends with exactly one growFinished event; the 8 → 16 grow may still be running.
    expect(evac.filter((e) => e.growFinished).length).toBe(m.growing() ? 3 : 4);
    // Every live entry moved was counted: moves into the new array equal the entries at grow time.
    const movedPerGrow = new Map<number, number>();
    let g = -1;
    for (const e of sink.events) {
      if (e.kind === 'map.grew') g++;
      if (e.kind === 'map.bucket.evacuated') movedPerGrow.set(g, (movedPerGrow.get(g) ?? 0) + e.moves.filter((mv) => mv.to !== null).length);
    }
    expect(movedPerGrow.get(0)).toBe(8); // the 9th insert grew a full single bucket
    expect(movedPerGrow.get(1)).toBe(13);
  });

  it('flags and count change only through events, in one continuous chain', () => {
    const sink = new RecordingSink<number, number>();
    const m = intMap(3, 0, sink);
    const rnd = new Rand(3);
    for (let i = 0; i < 2000; i++) {
      const k = rnd.intn(300);
      if (rnd.intn(3) === 0) mapDelete(m, k);
      else mapSet(m, k, i);
    }
    let flags = 0;
    let count = 0;
    for (const e of sink.events) {
      if ('flagsBefore' in e) {
        expect(e.flagsBefore).toBe(flags);
        flags = e.flagsAfter;
      }
      if ('countBefore' in e && e.kind !== 'map.cleared') {
        expect(e.countBefore).toBe(count);
        count = e.countAfter;
      }
    }
    expect(flags).toBe(m.flags);
    expect(count).toBe(m.count);
  });

  it('attaching a sink changes nothing about the map (same seed, same memory picture)', () => {
    const run = (sink?: RecordingSink<number, number>) => {
      const m = intMap(5, 0, sink);
      const rnd = new Rand(5);
      for (let i = 0; i < 3000; i++) {
        const k = rnd.intn(500);
        if (rnd.intn(4) === 0) mapDelete(m, k);
        else mapSet(m, k, i);
      }
      return pictureMap(m);
    };
    const sink = new RecordingSink<number, number>();
    expect(run(sink)).toEqual(run());
    expect(sink.events.length).toBeGreaterThan(5000);
  });

  it('reverting the events in reverse order restores the starting picture', () => {
    const sink = new RecordingSink<number, number>();
    // Hint 400 → B = 6 (room for 416): keys below 410 never overload it, so no grow happens and
    // bucket-level events suffice; about 270 live keys in 64 buckets overflow some buckets.
    const m = makeMap({ id: 1, keys: intKeyOps, elemZero: 0, rand: new Rand(4), hint: 400, sink });
    const start = pictureMap(m)!;
    const rnd = new Rand(4);
    for (let i = 0; i < 1500; i++) {
      const k = rnd.intn(410);
      if (rnd.intn(3) === 0) mapDelete(m, k);
      else mapSet(m, k, i);
    }
    expect(m.B).toBe(6);
    expect(sink.events.some((e) => e.kind === 'map.overflow.linked')).toBe(true);
    const pic = pictureMap(m)!;
    for (let i = sink.events.length - 1; i >= 0; i--) revert(pic, sink.events[i]);
    expect(pic.count).toBe(start.count);
    expect(pic.flags).toBe(start.flags);
    expect(pic.hash0).toBe(start.hash0);
    expect(pic.noverflow).toBe(start.noverflow);
    // Keys are left in place by delete (as Go leaves pointer-free keys), so compare what matters.
    const shape = (p: MapPicture<number, number>) => p.buckets.map((b) => ({ t: b.tophash, e: b.elems, o: b.overflow.length }));
    expect(shape(pic)).toEqual(shape(start));
  });
});

/** A minimal inverse fold over a picture, as a view would do it (no grows). */
function revert(p: MapPicture<number, number>, e: Ev): void {
  const find = (id: number): BucketPicture<number, number> => {
    for (const head of p.buckets) for (const b of [head, ...head.overflow]) if (b.id === id) return b;
    throw new Error(`bucket ${id} not in picture`);
  };
  switch (e.kind) {
    case 'map.write.began':
    case 'map.write.ended':
      p.flags = e.flagsBefore;
      break;
    case 'map.slot.written': {
      const b = find(e.at.bucket);
      b.tophash[e.at.slot] = e.tophashBefore;
      b.keys[e.at.slot] = e.keyBefore;
      p.count = e.countBefore;
      break;
    }
    case 'map.elem.stored':
      find(e.at.bucket).elems[e.at.slot] = e.before;
      break;
    case 'map.slot.deleted': {
      const b = find(e.at.bucket);
      b.tophash[e.at.slot] = e.tophashBefore;
      b.elems[e.at.slot] = e.elemBefore;
      p.count = e.countBefore;
      break;
    }
    case 'map.tophash.marked':
      for (let i = e.changes.length - 1; i >= 0; i--) find(e.changes[i].at.bucket).tophash[e.changes[i].at.slot] = e.changes[i].before;
      break;
    case 'map.key.updated':
      find(e.at.bucket).keys[e.at.slot] = e.keyBefore;
      break;
    case 'map.hash0.changed':
      p.hash0 = e.before;
      break;
    case 'map.overflow.linked': {
      const head = p.buckets.find((h) => h.id === e.from || h.overflow.some((o) => o.id === e.from))!;
      expect(head.overflow[head.overflow.length - 1].id).toBe(e.to);
      head.overflow.pop();
      p.noverflow = e.noverflowBefore;
      break;
    }
    case 'map.read':
    case 'map.made':
      break;
    default:
      throw new Error(`unexpected event ${e.kind} in a no-grow run`);
  }
}
