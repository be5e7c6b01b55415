// sync.Mutex and sync.WaitGroup as runtime objects: their state, who waits, and Go's misuse failures.
//
// Go 1.23 semantics modelled so far: Lock blocks with wait reason `sync.Mutex.Lock` and waiters
// are served in FIFO order by direct hand-off on Unlock (Go's starvation-mode behaviour; normal
// mode's barging and the 1 ms starvation threshold come with the runtime issue's sync work).
// Unlock of an unlocked mutex is a fatal error; a negative WaitGroup counter is a panic
// (shared/go-facts.md §3, §5, §8.3). WaitGroup.Wait waits with Go 1.23's `semacquire` reason.
import type { Type } from '../../check/types.ts';
import { GoFatal, GoPanic } from '../../vm/faults.ts';
import { OpStep, type Goroutine, type PendingOp } from '../../vm/goroutine.ts';
import type { Machine } from '../../vm/machine.ts';
import { WaitReason } from '../../vm/wait-reason.ts';

export class Mutex {
  locked = false;
  waiters: Goroutine[] = [];
}

export class WaitGroup {
  counter = 0;
  waiters: Goroutine[] = [];
}

type SyncName = 'Mutex' | 'WaitGroup';

function syncName(t: Type): SyncName | null {
  if (t.kind !== 'Named' || t.obj.pkg !== 'sync') return null;
  return t.obj.name === 'Mutex' || t.obj.name === 'WaitGroup' ? t.obj.name : null;
}

export function isSyncObjectType(t: Type): boolean {
  return syncName(t) !== null;
}

export function newSyncObject(t: Type): unknown {
  return syncName(t) === 'Mutex' ? new Mutex() : new WaitGroup();
}

/** Copying a lock copies its state, as copying the struct does in Go (go vet warns about it). */
export function copySyncObject(v: unknown): unknown {
  if (v instanceof Mutex) return Object.assign(new Mutex(), { locked: v.locked, waiters: [] });
  if (v instanceof WaitGroup) return Object.assign(new WaitGroup(), { counter: v.counter, waiters: [] });
  return v;
}

export function mutexLock(m: Machine, mu: Mutex): PendingOp {
  let parked = false;
  return {
    runtimeName: 'sync.(*Mutex).Lock',
    step(g: Goroutine): OpStep {
      if (parked) return OpStep.Done; // woken by Unlock's hand-off: we own the lock now
      if (!mu.locked) {
        mu.locked = true;
        return OpStep.Done;
      }
      parked = true;
      mu.waiters.push(g);
      m.park(g, WaitReason.mutexLock, mu);
      return OpStep.Block;
    },
  };
}

export function mutexTryLock(mu: Mutex): boolean {
  if (mu.locked) return false;
  mu.locked = true;
  return true;
}

export function mutexUnlock(m: Machine, mu: Mutex): void {
  if (!mu.locked) throw new GoFatal('sync: unlock of unlocked mutex');
  const next = mu.waiters.shift();
  if (next) m.ready(next); // hand-off: the lock stays locked for the woken waiter
  else mu.locked = false;
}

export function waitGroupAdd(m: Machine, wg: WaitGroup, delta: number): void {
  wg.counter += delta;
  if (wg.counter < 0) throw new GoPanic('sync: negative WaitGroup counter', 'sync: negative WaitGroup counter');
  if (wg.counter === 0) for (const w of wg.waiters.splice(0)) m.ready(w);
}

export function waitGroupWait(m: Machine, wg: WaitGroup): PendingOp {
  let parked = false;
  return {
    runtimeName: 'sync.(*WaitGroup).Wait',
    step(g: Goroutine): OpStep {
      if (parked || wg.counter === 0) return OpStep.Done;
      parked = true;
      wg.waiters.push(g);
      m.park(g, WaitReason.waitGroupWait, wg);
      return OpStep.Block;
    },
  };
}
