// sync.Cond: Wait unlocks L, parks with Go's `sync.Cond.Wait` reason until Signal (oldest waiter
// first, as Go's notify list) or Broadcast, then locks L again before returning.
// A *Cond is its struct [noCopy, L, notify, checker]; the waiters live beside it, keyed by it.
import { OpStep, type Goroutine, type PendingOp } from '../../vm/goroutine.ts';
import type { Machine } from '../../vm/machine.ts';
import type { NativeFn } from '../../vm/native.ts';
import { Unsupported } from '../../vm/faults.ts';
import { nilDeref } from '../../vm/runtime-errors.ts';
import { WaitReason } from '../../vm/wait-reason.ts';
import { Iface } from '../values/iface.ts';
import { Mutex, RWMutex, mutexLock, mutexUnlock, rwLock, rwUnlock } from './sync-objects.ts';

const waitersOf = new WeakMap<object, Goroutine[]>();

function waiters(c: unknown[]): Goroutine[] {
  let w = waitersOf.get(c);
  if (!w) waitersOf.set(c, (w = []));
  return w;
}

/** The lock behind c.L: a *Mutex or *RWMutex (user Locker types are not modelled yet). */
function locker(c: unknown[]): { lock: (m: Machine) => PendingOp; unlock: (m: Machine) => void } {
  const l = c[1];
  const v = l instanceof Iface ? l.v : null;
  // 'Cond.Wait' tells a trace observer the call site names the Cond, not the lock.
  if (v instanceof Mutex) return { lock: (m) => mutexLock(m, v, 'Cond.Wait'), unlock: (m) => mutexUnlock(m, v, 'Cond.Wait') };
  if (v instanceof RWMutex) return { lock: (m) => rwLock(m, v, 'Cond.Wait'), unlock: (m) => rwUnlock(m, v, 'Cond.Wait') };
  if (l === null) throw nilDeref();
  throw new Unsupported('sync.Cond with a Locker other than *sync.Mutex or *sync.RWMutex is not supported yet');
}

function condOf(regs: unknown[], a: number): unknown[] {
  const c = regs[a + 1] as unknown[] | null;
  if (c === null) throw nilDeref();
  return c;
}

function condWait(m: Machine, c: unknown[]): PendingOp {
  const l = locker(c);
  let relock: PendingOp | null = null;
  let parked = false;
  return {
    std: 'sync.Cond.Wait',
    step(g: Goroutine): OpStep {
      if (relock !== null) return relock.step(g);
      if (parked) {
        relock = l.lock(m);
        return relock.step(g);
      }
      l.unlock(m);
      waiters(c).push(g);
      parked = true;
      m.park(g, WaitReason.condWait, c);
      return OpStep.Block;
    },
  };
}

export const condNatives: Record<string, NativeFn> = {
  'sync.NewCond': (_m, _g, regs, a) => {
    regs[a] = [null, regs[a + 1], [0, 0, 0, 0, 0], 0];
  },
};

export const condMethods: Record<string, NativeFn> = {
  'sync.Cond.Wait': (m, _g, regs, a) => condWait(m, condOf(regs, a)),
  'sync.Cond.Signal': (m, _g, regs, a) => {
    const g = waiters(condOf(regs, a)).shift();
    if (g) m.ready(g);
  },
  'sync.Cond.Broadcast': (m, _g, regs, a) => {
    for (const g of waiters(condOf(regs, a)).splice(0)) m.ready(g);
  },
};
