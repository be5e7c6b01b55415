import { describe, expect, it } from 'vitest';
import { FuncProto } from '../vm/proto.ts';
import { Access, Shadow, clear, conflicting, record, sameEpoch } from './shadow.ts';

const proto = new FuncProto('main.f', new Int32Array(0), new Int32Array(0), [], 0, 0, new Int32Array(0), [], 1);
const access = (tid: number, epoch: number, write: boolean) => new Access(tid, epoch, write, tid + 1, [], proto, 0, null, -1, -1);

describe('shadow state', () => {
  it('a write races with an unordered earlier write, not with one the clock has seen', () => {
    const s = new Shadow();
    record(s, access(0, 1, true), [1]);
    expect(conflicting(s, access(1, 1, true), [0, 1])).not.toBeNull();
    expect(conflicting(s, access(1, 1, true), [1, 1])).toBeNull();
  });
  it('reads do not race with reads; a write races with any unordered read', () => {
    const s = new Shadow();
    record(s, access(0, 1, false), [1]);
    expect(conflicting(s, access(1, 1, false), [0, 1])).toBeNull();
    record(s, access(1, 1, false), [0, 1]);
    expect(s.reads.length).toBe(2);
    const r = conflicting(s, access(2, 1, true), [1, 0, 1]);
    expect(r?.tid).toBe(1);
  });
  it('a read ordered after earlier reads replaces them; a write clears the reads', () => {
    const s = new Shadow();
    record(s, access(0, 1, false), [1]);
    record(s, access(1, 1, false), [1, 1]);
    expect(s.reads.map((a) => a.tid)).toEqual([1]);
    record(s, access(1, 1, true), [1, 1]);
    expect(s.reads).toEqual([]);
    expect(s.write?.tid).toBe(1);
  });
  it('the same goroutine in the same epoch adds nothing new; clear forgets everything', () => {
    const s = new Shadow();
    record(s, access(0, 3, true), [3]);
    expect(sameEpoch(s, 0, 3, true)).toBe(true);
    expect(sameEpoch(s, 0, 3, false)).toBe(true);
    expect(sameEpoch(s, 0, 4, true)).toBe(false);
    clear(s);
    expect(conflicting(s, access(1, 1, true), [0, 1])).toBeNull();
  });
});
