import { describe, expect, it } from 'vitest';
import { copyClock, join, releaseStoreAcquire, seen } from './vector-clock.ts';

describe('vector clocks', () => {
  it('join takes the larger entry, missing entries count as 0', () => {
    const a = [3, 0, 5];
    join(a, [1, 4, 2, 7]);
    expect(a).toEqual([3, 4, 5, 7]);
    expect(seen([1], 5)).toBe(0);
  });
  it('copy is independent of its source', () => {
    const a = [1, 2];
    const b = copyClock(a);
    b[0] = 9;
    expect(a).toEqual([1, 2]);
  });
  it('release-store-acquire: the slot keeps the thread clock as it was, the thread learns what the slot had', () => {
    // Send k stores its clock in the slot; receive k learns it and leaves its own; send k+C learns that.
    const sender = [4, 0, 0];
    const slot: number[] = [];
    releaseStoreAcquire(sender, slot);
    expect(slot).toEqual([4, 0, 0]);
    const receiver = [0, 2, 0];
    releaseStoreAcquire(receiver, slot);
    expect(receiver).toEqual([4, 2, 0]);
    expect(slot).toEqual([0, 2, 0]);
    const nextSender = [5, 0, 1];
    releaseStoreAcquire(nextSender, slot);
    expect(nextSender).toEqual([5, 2, 1]);
  });
});
