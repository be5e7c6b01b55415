// sync.Mutex and sync.WaitGroup as runtime objects: their state, who waits, and Go's misuse failures.
//
// sync.Mutex itself (normal and starvation modes) is in mutex.ts and re-exported here. Unlock of
// an unlocked RWMutex is a fatal error; a negative WaitGroup counter is a panic (shared/go-facts.md
// §4, §5, §8.3). WaitGroup.Wait waits with Go 1.23's `semacquire` reason. State changes are
// reported to the trace through sync-events.ts when a run is traced.
import type { Type } from '../../check/types.ts';
import { GoFatal, GoPanic } from '../../vm/faults.ts';
import { OpStep, type Goroutine, type PendingOp } from '../../vm/goroutine.ts';
import type { Machine } from '../../vm/machine.ts';
import { WaitReason } from '../../vm/wait-reason.ts';
import { SyncMap } from './sync-map.ts';
import { Mutex } from './mutex.ts';
import { syncSink } from './sync-events.ts';

export { Mutex, mutexLock, mutexTryLock, mutexUnlock } from './mutex.ts';

export class WaitGroup {
  counter = 0;
  waiters: Goroutine[] = [];
}

/**
 * sync.RWMutex: any number of readers or one writer. Writer-preferring as Go's: once a writer
 * waits, new readers queue behind it (go-facts.md §4).
 */
export class RWMutex {
  readers = 0;
  writer = false;
  /** Writers waiting (FIFO); the first one blocks new readers. */
  writersWaiting: Goroutine[] = [];
  readersWaiting: Goroutine[] = [];
}

/** sync.Once: done after f returned; callers arriving while f runs wait for it. */
export class Once {
  done = false;
  running = false;
  /** The goroutine running f and its Do op (to notice a Do abandoned by a panic in f). */
  runner: { g: Goroutine; op: PendingOp } | null = null;
  waiters: Goroutine[] = [];
}

const syncTypes = { Mutex, WaitGroup, RWMutex, Once, Map: SyncMap } as const;
type SyncName = keyof typeof syncTypes;

function syncName(t: Type): SyncName | null {
  if (t.kind !== 'Named' || t.obj.pkg !== 'sync') return null;
  return t.obj.name in syncTypes ? (t.obj.name as SyncName) : null;
}

export function isSyncObjectType(t: Type): boolean {
  return syncName(t) !== null;
}

export function newSyncObject(t: Type): unknown {
  return new syncTypes[syncName(t)!]();
}

/** Copying a lock copies its state (not its waiters), as copying the struct does in Go (go vet warns about it). */
export function copySyncObject(v: unknown): unknown {
  if (v instanceof Mutex) return Object.assign(new Mutex(), { locked: v.locked });
  if (v instanceof WaitGroup) return Object.assign(new WaitGroup(), { counter: v.counter });
  if (v instanceof RWMutex) return Object.assign(new RWMutex(), { readers: v.readers, writer: v.writer });
  if (v instanceof Once) return Object.assign(new Once(), { done: v.done });
  if (v instanceof SyncMap) return Object.assign(new SyncMap(), { read: new Map(v.read), amended: v.amended, dirty: v.dirty && new Map(v.dirty), misses: v.misses });
  return v;
}

function blockingOp(name: string, tryNow: (g: Goroutine) => boolean, park: (g: Goroutine) => void): PendingOp {
  let parked = false;
  return {
    std: name,
    step(g: Goroutine): OpStep {
      if (parked) return OpStep.Done; // woken with the lock handed over
      if (tryNow(g)) return OpStep.Done;
      parked = true;
      park(g);
      return OpStep.Block;
    },
  };
}

export function rwRLock(m: Machine, rw: RWMutex): PendingOp {
  return blockingOp(
    'sync.RWMutex.RLock',
    (g) => {
      if (rw.writer || rw.writersWaiting.length > 0) return false;
      rw.readers++;
      syncSink(m)?.emit({ kind: 'lock.acquired', lock: rw, type: 'RWMutex', op: 'RLock', g, read: true, handoff: false });
      return true;
    },
    (g) => {
      rw.readersWaiting.push(g);
      syncSink(m)?.emit({ kind: 'lock.waiter.queued', lock: rw, type: 'RWMutex', op: 'RLock', g, writer: false, front: false });
      m.park(g, WaitReason.rwMutexRLock, rw);
    },
  );
}

export function rwLock(m: Machine, rw: RWMutex, op = 'Lock'): PendingOp {
  return blockingOp(
    'sync.RWMutex.Lock',
    (g) => {
      if (rw.writer || rw.readers > 0 || rw.writersWaiting.length > 0) return false;
      rw.writer = true;
      syncSink(m)?.emit({ kind: 'lock.acquired', lock: rw, type: 'RWMutex', op, g, read: false, handoff: false });
      return true;
    },
    (g) => {
      rw.writersWaiting.push(g);
      syncSink(m)?.emit({ kind: 'lock.waiter.queued', lock: rw, type: 'RWMutex', op, g, writer: true, front: false });
      // Waiting for readers to leave, or behind another writer (Go then waits in the inner Mutex).
      m.park(g, rw.writer ? WaitReason.mutexLock : WaitReason.rwMutexLock, rw);
    },
  );
}

/** Gives the lock to a waiting writer as it is woken (the waiter's Lock then returns). */
function handToWriter(m: Machine, rw: RWMutex, op: string): void {
  const w = rw.writersWaiting.shift()!;
  rw.writer = true;
  const sink = syncSink(m);
  sink?.emit({ kind: 'lock.waiter.dequeued', lock: rw, type: 'RWMutex', op, g: w, handoff: true });
  sink?.emit({ kind: 'lock.acquired', lock: rw, type: 'RWMutex', op, g: w, read: false, handoff: true });
  m.ready(w);
}

export function rwRUnlock(m: Machine, rw: RWMutex): void {
  if (rw.readers <= 0) throw new GoFatal('sync: RUnlock of unlocked RWMutex', 'sync.RWMutex.RUnlock');
  rw.readers--;
  syncSink(m)?.emit({ kind: 'lock.released', lock: rw, type: 'RWMutex', op: 'RUnlock', read: true });
  if (rw.readers === 0 && rw.writersWaiting.length > 0) handToWriter(m, rw, 'RUnlock');
}

export function rwUnlock(m: Machine, rw: RWMutex, op = 'Unlock'): void {
  if (!rw.writer) throw new GoFatal('sync: Unlock of unlocked RWMutex', 'sync.RWMutex.Unlock');
  rw.writer = false;
  const sink = syncSink(m);
  sink?.emit({ kind: 'lock.released', lock: rw, type: 'RWMutex', op, read: false });
  // Readers that queued behind this writer go first, then the next writer.
  if (rw.readersWaiting.length > 0) {
    for (const r of rw.readersWaiting.splice(0)) {
      rw.readers++;
      sink?.emit({ kind: 'lock.waiter.dequeued', lock: rw, type: 'RWMutex', op, g: r, handoff: true });
      sink?.emit({ kind: 'lock.acquired', lock: rw, type: 'RWMutex', op, g: r, read: true, handoff: true });
      m.ready(r);
    }
  } else if (rw.writersWaiting.length > 0) handToWriter(m, rw, op);
}

export function rwTryLock(m: Machine, g: Goroutine, rw: RWMutex): boolean {
  if (rw.writer || rw.readers > 0) return false;
  rw.writer = true;
  syncSink(m)?.emit({ kind: 'lock.acquired', lock: rw, type: 'RWMutex', op: 'TryLock', g, read: false, handoff: false });
  return true;
}

export function rwTryRLock(m: Machine, g: Goroutine, rw: RWMutex): boolean {
  if (rw.writer || rw.writersWaiting.length > 0) return false;
  rw.readers++;
  syncSink(m)?.emit({ kind: 'lock.acquired', lock: rw, type: 'RWMutex', op: 'TryRLock', g, read: true, handoff: false });
  return true;
}

/** once.Do(f): runs f through the VM (OpStep.Call), other callers wait until it returns. */
export function onceDo(m: Machine, o: Once, f: unknown): PendingOp {
  let state: 'start' | 'calling' | 'waiting' = 'start';
  const op: PendingOp = {
    std: 'sync.Once.Do',
    step(g: Goroutine): OpStep {
      // f panicked: its Do was abandoned while unwinding. Go's deferred done.Store(1) and Unlock
      // have run by then, so the Once counts as done and its waiters go on.
      if (o.running && o.runner !== null && o.runner.g.op !== o.runner.op) {
        o.done = true;
        o.running = false;
        o.runner = null;
        for (const w of o.waiters.splice(0)) m.ready(w);
      }
      if (state === 'calling') {
        o.done = true;
        o.running = false;
        o.runner = null;
        for (const w of o.waiters.splice(0)) m.ready(w);
        return OpStep.Done;
      }
      if (state === 'waiting' || o.done) return OpStep.Done;
      if (o.running) {
        state = 'waiting';
        o.waiters.push(g);
        m.park(g, WaitReason.mutexLock, o);
        return OpStep.Block;
      }
      o.running = true;
      o.runner = { g, op };
      state = 'calling';
      g.call = { fn: f, args: [] };
      return OpStep.Call;
    },
  };
  return op;
}

export function waitGroupAdd(m: Machine, wg: WaitGroup, delta: number, std = 'sync.WaitGroup.Add'): void {
  const before = wg.counter;
  wg.counter += delta;
  if (wg.counter < 0) throw new GoPanic('sync: negative WaitGroup counter', 'sync: negative WaitGroup counter', false, std);
  const sink = syncSink(m);
  const op = std === 'sync.WaitGroup.Add' ? 'Add' : 'Done';
  sink?.emit({ kind: 'waitgroup.changed', lock: wg, type: 'WaitGroup', op, delta, before, after: wg.counter });
  if (wg.counter === 0) {
    for (const w of wg.waiters.splice(0)) {
      sink?.emit({ kind: 'lock.waiter.dequeued', lock: wg, type: 'WaitGroup', op, g: w, handoff: false });
      m.ready(w);
    }
  }
}

export function waitGroupWait(m: Machine, wg: WaitGroup): PendingOp {
  let parked = false;
  return {
    std: 'sync.WaitGroup.Wait',
    step(g: Goroutine): OpStep {
      if (parked || wg.counter === 0) return OpStep.Done;
      parked = true;
      wg.waiters.push(g);
      syncSink(m)?.emit({ kind: 'lock.waiter.queued', lock: wg, type: 'WaitGroup', op: 'Wait', g, writer: false, front: false });
      m.park(g, WaitReason.waitGroupWait, wg);
      return OpStep.Block;
    },
  };
}
