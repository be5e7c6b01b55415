// sync.Mutex as Go 1.23's src/sync/mutex.go runs it: normal mode, starvation mode, TryLock.
//
// Normal mode: Unlock clears the locked bit and wakes the head waiter without giving it the lock;
// the woken goroutine competes with goroutines arriving in Lock, which usually win because they
// are already running (a barging arrival takes an unlocked mutex even while others wait). A
// waiter that loses queues again at the head of the queue (LIFO), not the tail. At most one
// waiter is awake and competing at a time (Go's mutexWoken bit): Unlock wakes nobody else until
// it has run.
//
// Starvation mode: a waiter that finds it has waited more than 1 ms (starvationThresholdNs, on
// the lab's virtual clock) sets mutexStarving when it fails again. Unlock then hands ownership
// straight to the head waiter, newcomers queue at the tail without trying, and the mode ends
// when the waiter that receives the lock is the last one or waited less than 1 ms.
//
// Not modelled: active spinning (sync_runtime_canSpin). A spinning goroutine in Go is a running
// goroutine that retries a few times before queueing; here a Lock either takes the mutex at once
// or queues, so a lock released while someone "would have spun" is taken by whoever runs next.
// The unlocker's yield after a starvation hand-off (Go's semrelease with handoff) is not
// modelled either: the new owner runs when the scheduler next picks it.
import { GoFatal } from '../../vm/faults.ts';
import { OpStep, type Goroutine, type PendingOp } from '../../vm/goroutine.ts';
import type { Machine } from '../../vm/machine.ts';
import { WaitReason } from '../../vm/wait-reason.ts';
import { syncSink } from './sync-events.ts';

/** Go's starvationThresholdNs: 1 ms of waiting switches the mutex to starvation mode. */
export const starvationThresholdNs = 1_000_000;

export class Mutex {
  /** mutexLocked. */
  locked = false;
  /** mutexStarving. */
  starving = false;
  /** mutexWoken: a waiter has been woken in normal mode and has not retried yet. */
  woken = false;
  /** The semaphore's queue of goroutines parked in Lock, head first. */
  waiters: Goroutine[] = [];
  /** Starvation mode: the waiter Unlock handed ownership to, until it runs and takes it. */
  handedTo: Goroutine | null = null;
}

/** mu.Lock(): the fast path, or Go's lockSlow loop, one attempt per time the goroutine runs. */
export function mutexLock(m: Machine, mu: Mutex, op = 'Lock'): PendingOp {
  /** Virtual time of the first park (-1 before), Go's waitStartTime. */
  let waitStart = -1;
  let starving = false;
  let awoke = false;
  return {
    std: 'sync.Mutex.Lock',
    step(g: Goroutine): OpStep {
      const sink = syncSink(m);
      if (waitStart >= 0) {
        starving = starving || m.clock - waitStart > starvationThresholdNs;
        if (mu.handedTo === g) {
          // Starvation mode: Unlock gave us the mutex; take it and perhaps end starvation mode.
          mu.handedTo = null;
          mu.locked = true;
          sink?.emit({ kind: 'lock.acquired', lock: mu, type: 'Mutex', op, g, read: false, handoff: true });
          if (!starving || mu.waiters.length === 0) {
            mu.starving = false;
            sink?.emit({ kind: 'lock.starvation.changed', lock: mu, type: 'Mutex', op, starving: false });
          }
          return OpStep.Done;
        }
        awoke = true;
      }
      if (!mu.locked && !mu.starving) {
        mu.locked = true;
        if (awoke) mu.woken = false;
        sink?.emit({ kind: 'lock.acquired', lock: mu, type: 'Mutex', op, g, read: false, handoff: false });
        return OpStep.Done;
      }
      if (starving && mu.locked && !mu.starving) {
        mu.starving = true;
        sink?.emit({ kind: 'lock.starvation.changed', lock: mu, type: 'Mutex', op, starving: true });
      }
      if (awoke) mu.woken = false;
      // A goroutine that has waited before goes back to the head of the queue (Go's queueLifo).
      const front = waitStart >= 0;
      if (front) mu.waiters.unshift(g);
      else {
        waitStart = m.clock;
        mu.waiters.push(g);
      }
      sink?.emit({ kind: 'lock.waiter.queued', lock: mu, type: 'Mutex', op, g, writer: true, front });
      m.park(g, WaitReason.mutexLock, mu);
      return OpStep.Block;
    },
  };
}

/** mu.TryLock(): fails while the mutex is locked or starving (Go 1.18+). */
export function mutexTryLock(m: Machine, g: Goroutine, mu: Mutex): boolean {
  if (mu.locked || mu.starving) return false;
  mu.locked = true;
  syncSink(m)?.emit({ kind: 'lock.acquired', lock: mu, type: 'Mutex', op: 'TryLock', g, read: false, handoff: false });
  return true;
}

/** mu.Unlock(): any goroutine may unlock (a Mutex has no owner); unlocking an unlocked mutex is fatal. */
export function mutexUnlock(m: Machine, mu: Mutex, op = 'Unlock'): void {
  if (!mu.locked) throw new GoFatal('sync: unlock of unlocked mutex', 'sync.Mutex.Unlock');
  mu.locked = false;
  const sink = syncSink(m);
  sink?.emit({ kind: 'lock.released', lock: mu, type: 'Mutex', op, read: false });
  if (mu.starving) {
    const next = mu.waiters.shift();
    if (next === undefined) return;
    mu.handedTo = next;
    sink?.emit({ kind: 'lock.waiter.dequeued', lock: mu, type: 'Mutex', op, g: next, handoff: true });
    m.ready(next);
    return;
  }
  if (mu.waiters.length === 0 || mu.woken) return;
  const next = mu.waiters.shift()!;
  mu.woken = true;
  sink?.emit({ kind: 'lock.waiter.dequeued', lock: mu, type: 'Mutex', op, g: next, handoff: false });
  m.ready(next);
}
