// sync.Mutex's two modes, driven step by step the way the scheduler drives a Lock op: a woken
// waiter loses to an arriving goroutine and queues again at the head; after 1 ms of waiting it
// switches the mutex to starvation mode, where Unlock hands the lock over, TryLock fails and
// arrivals queue at the tail; the mode ends with a waiter that waited under 1 ms.
import { describe, expect, it } from 'vitest';
import { GoFatal } from '../../vm/faults.ts';
import { Goroutine, GStatus, OpStep } from '../../vm/goroutine.ts';
import type { Machine } from '../../vm/machine.ts';
import { Mutex, mutexLock, mutexTryLock, mutexUnlock, starvationThresholdNs } from './mutex.ts';

/** The part of a Machine a Mutex uses: the clock, parking and readying, no trace. */
function machine() {
  const readied: number[] = [];
  const m = {
    clock: 0,
    hooks: null,
    park(g: Goroutine) {
      g.status = GStatus.Waiting;
    },
    ready(g: Goroutine) {
      g.status = GStatus.Runnable;
      readied.push(g.id);
    },
  };
  return { m: m as unknown as Machine, readied, tick: (ns: number) => void (m.clock += ns) };
}

const gs = (n: number) => Array.from({ length: n }, (_, i) => new Goroutine(i + 1, i === 0 ? null : 'main.main', 0, 1));
const ids = (mu: Mutex) => mu.waiters.map((g) => g.id);

describe('sync.Mutex', () => {
  it('normal mode: Unlock wakes the head waiter without the lock, and an arriving goroutine barges in', () => {
    const { m, readied } = machine();
    const [g1, g2, g3, g4] = gs(4);
    const mu = new Mutex();
    expect(mutexLock(m, mu).step(g1)).toBe(OpStep.Done);
    const lock2 = mutexLock(m, mu);
    const lock3 = mutexLock(m, mu);
    expect(lock2.step(g2)).toBe(OpStep.Block);
    expect(lock3.step(g3)).toBe(OpStep.Block);
    expect(ids(mu)).toEqual([2, 3]);
    mutexUnlock(m, mu);
    expect(readied).toEqual([2]);
    expect([mu.locked, mu.woken, ids(mu)]).toEqual([false, true, [3]]);
    // A second Unlock/Lock cycle while g2 is awake wakes nobody else (mutexWoken).
    expect(mutexLock(m, mu).step(g4)).toBe(OpStep.Done);
    mutexUnlock(m, mu);
    expect(readied).toEqual([2]);
    // g1 arrives before g2 runs and takes the free mutex.
    expect(mutexLock(m, mu).step(g1)).toBe(OpStep.Done);
    // g2 runs, finds it locked and queues again, at the head: it has waited before.
    expect(lock2.step(g2)).toBe(OpStep.Block);
    expect([ids(mu), mu.woken, mu.starving]).toEqual([[2, 3], false, false]);
  });

  it('a waiter that waited more than 1 ms switches to starvation mode; Unlock then hands it the lock', () => {
    const { m, readied, tick } = machine();
    const [g1, g2, g3, g4] = gs(4);
    const mu = new Mutex();
    mutexLock(m, mu).step(g1);
    const lock2 = mutexLock(m, mu);
    lock2.step(g2);
    const lock3 = mutexLock(m, mu);
    lock3.step(g3);
    tick(starvationThresholdNs + 1);
    mutexUnlock(m, mu);
    mutexLock(m, mu).step(g1); // barges again
    expect(lock2.step(g2)).toBe(OpStep.Block);
    expect(mu.starving).toBe(true);
    expect(ids(mu)).toEqual([2, 3]);
    // Starvation mode: Unlock hands over to the head; the mutex is not free for anyone else.
    mutexUnlock(m, mu);
    expect(readied.at(-1)).toBe(2);
    expect([mu.locked, mu.handedTo?.id]).toEqual([false, 2]);
    expect(mutexTryLock(m, g4, mu)).toBe(false);
    const lock4 = mutexLock(m, mu);
    expect(lock4.step(g4)).toBe(OpStep.Block);
    expect(ids(mu)).toEqual([3, 4]); // the arrival queued at the tail
    expect(lock2.step(g2)).toBe(OpStep.Done);
    // g2 starved and others wait: the mode stays.
    expect([mu.locked, mu.starving, mu.handedTo]).toEqual([true, true, null]);
    mutexUnlock(m, mu);
    expect(lock3.step(g3)).toBe(OpStep.Done);
    // g3 waited over 1 ms too, and g4 still waits: still starving.
    expect(mu.starving).toBe(true);
    mutexUnlock(m, mu);
    expect(lock4.step(g4)).toBe(OpStep.Done);
    // g4 waited under 1 ms (and was the last waiter): back to normal mode.
    expect([mu.starving, ids(mu)]).toEqual([false, []]);
    mutexUnlock(m, mu);
    expect(mu.locked).toBe(false);
  });

  it('TryLock takes a free mutex even with waiters in normal mode, and fails while it is held', () => {
    const { m } = machine();
    const [g1, g2, g3] = gs(3);
    const mu = new Mutex();
    expect(mutexTryLock(m, g1, mu)).toBe(true);
    expect(mutexTryLock(m, g3, mu)).toBe(false);
    mutexLock(m, mu).step(g2);
    mutexUnlock(m, mu);
    expect(mutexTryLock(m, g3, mu)).toBe(true);
  });

  it('Unlock of an unlocked mutex is Go\'s fatal error, also during a starvation hand-off', () => {
    const { m } = machine();
    const [g1, g2] = gs(2);
    const mu = new Mutex();
    expect(() => mutexUnlock(m, mu)).toThrow(GoFatal);
    expect(() => mutexUnlock(m, mu)).toThrow('sync: unlock of unlocked mutex');
    mutexLock(m, mu).step(g1);
    mu.starving = true;
    mutexLock(m, mu).step(g2);
    mutexUnlock(m, mu);
    expect(mu.handedTo).toBe(g2);
    expect(() => mutexUnlock(m, mu)).toThrow(GoFatal);
  });
});
