// The copy-on-write bucket store and the shared undo log: clones are independent in both
// directions, a clone that diverges forks the log instead of changing what others see, and
// nonsense addresses read as zeroed memory and are ignored on write.
import { describe, expect, it } from 'vitest';
import { BucketStore, chunkBuckets, maxBucketId } from './maps-store.ts';
import { UndoLog } from './maps-undo-log.ts';
import { StringTable } from './maps-values.ts';

describe('BucketStore', () => {
  it('keeps every kind of trace value and reads unwritten buckets as zeroed memory', () => {
    const st = new BucketStore(new StringTable());
    const values = [7, -2.5, 'héllo', true, false, null, { text: 'NaN' }, undefined];
    values.forEach((v, i) => st.setKey(3, i, v));
    values.forEach((v, i) => expect(st.key(3, i)).toEqual(v));
    expect([st.top(99, 0), st.key(99, 0), st.elem(99, 7), st.next(99)]).toEqual([0, undefined, undefined, -1]);
    st.setNext(3, 40);
    expect(st.next(3)).toBe(40);
    st.zero(3);
    expect([st.key(3, 0), st.next(3)]).toEqual([undefined, -1]);
  });

  it('a clone and its original never see each other\'s writes', () => {
    const a = new BucketStore(new StringTable());
    for (let id = 0; id < 3 * chunkBuckets; id++) a.setTop(id, 1, id + 5);
    const b = a.clone();
    a.setTop(0, 1, 200);
    b.setTop(1, 1, 201);
    b.setElem(2 * chunkBuckets, 0, 'only in b');
    expect([a.top(0, 1), a.top(1, 1), a.elem(2 * chunkBuckets, 0)]).toEqual([200, 6, undefined]);
    expect([b.top(0, 1), b.top(1, 1), b.elem(2 * chunkBuckets, 0)]).toEqual([5, 201, 'only in b']);
    // Equal contents serialise alike whatever chunks each holds.
    const c = new BucketStore(new StringTable());
    c.setTop(500, 0, 9);
    c.setTop(500, 0, 0);
    expect(JSON.stringify(c)).toBe(JSON.stringify(new BucketStore(new StringTable())));
  });

  it('ignores addresses no trace can hold, without throwing', () => {
    const st = new BucketStore(new StringTable());
    for (const [id, slot] of [[-1, 0], [1.5, 0], [maxBucketId, 0], [Number.NaN, 0]]) {
      st.setTop(id, slot, 9);
      st.setKey(id, slot, 1);
      st.setNext(id, 3);
      st.zero(id);
      expect([st.top(id, slot), st.key(id, slot), st.next(id)]).toEqual([0, undefined, -1]);
    }
    expect(st.chunkCount).toBe(0);
    for (const slot of [8, -1, 0.5]) {
      st.setTop(0, slot, 9);
      st.setKey(0, slot, 'x');
    }
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => [st.top(0, i), st.key(0, i)])).toEqual(Array.from({ length: 8 }, () => [0, undefined]));
  });
});

describe('UndoLog', () => {
  it('pops what was pushed, last first; an empty log pops zeroes', () => {
    const log = new UndoLog();
    log.push(1, 2, 3);
    log.push(4);
    expect([log.pop(), log.pop(), log.pop(), log.pop(), log.pop()]).toEqual([4, 3, 2, 1, 0]);
  });

  it('clones share entries, and a clone that pushes something else forks instead of overwriting', () => {
    const a = new UndoLog();
    for (let i = 0; i < 5000; i++) a.push(i);
    const b = a.clone();
    // b goes back two entries and pushes different values: a must still pop its own.
    b.pop();
    b.pop();
    b.push(-7, -8);
    expect([a.pop(), a.pop()]).toEqual([4999, 4998]);
    expect([b.pop(), b.pop(), b.pop()]).toEqual([-8, -7, 4997]);
    // A clone that repeats the same pushes keeps sharing and sees the same entries.
    const c = a.clone();
    c.push(4998, 4999);
    a.push(4998, 4999);
    expect([c.pop(), a.pop(), c.size, a.size]).toEqual([4999, 4999, 4999, 4999]);
  });
});
