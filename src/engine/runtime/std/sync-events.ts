// What the lock, WaitGroup and channel objects report to an observer (the trace recorder).
//
// The runtime objects say what happened in their own terms (this goroutine queued on this lock);
// the recorder turns that into trace events with ids, queue positions and before-values. Only a
// traced run has a sink: every call site reads `m.hooks?.syncSink?.()` and does nothing more
// when it is undefined, so untraced runs pay one null check per operation.
import type { Goroutine } from '../../vm/goroutine.ts';
import type { Machine } from '../../vm/machine.ts';
import type { Type } from '../../check/types.ts';

/** The runtime types whose state the trace follows, as Go names them (sync.Mutex …). */
export type LockType = 'Mutex' | 'RWMutex' | 'WaitGroup';

/**
 * One state change. `g` is the goroutine the change is about (the waiter queued, the new owner);
 * where it is absent, it is the goroutine running the operation. `op` names the Go method the
 * running goroutine called (`Lock`, `Add` …), so an observer can find the receiver's name in
 * the source line of the call.
 */
export type SyncEvent =
  | { kind: 'lock.acquired'; lock: object; type: LockType; op: string; g: Goroutine; read: boolean; handoff: boolean }
  | { kind: 'lock.released'; lock: object; type: LockType; op: string; read: boolean }
  | { kind: 'lock.waiter.queued'; lock: object; type: LockType; op: string; g: Goroutine; writer: boolean; front: boolean }
  /** handoff: the lock (or a read share) was given to g as it was woken; false: g must compete (normal-mode Mutex). */
  | { kind: 'lock.waiter.dequeued'; lock: object; type: LockType; op: string; g: Goroutine; handoff: boolean }
  | { kind: 'lock.starvation.changed'; lock: object; type: LockType; op: string; starving: boolean }
  | { kind: 'waitgroup.changed'; lock: object; type: LockType; op: string; delta: number; before: number; after: number }
  | { kind: 'chan.made'; ch: object; cap: number; elem: Type | null }
  /** A value went into the buffer at ring slot `index` (sendx before). */
  | { kind: 'chan.sent'; ch: object; op: string; g: Goroutine | null; index: number; value: unknown; cap: number; count: number }
  /** A value left the buffer from ring slot `index` (recvx before). */
  | { kind: 'chan.received'; ch: object; op: string; index: number; value: unknown; cap: number; count: number }
  | { kind: 'chan.handoff'; ch: object; op: string; sender: Goroutine | null; receiver: Goroutine; value: unknown }
  | { kind: 'chan.waiter.queued'; ch: object; op: string; g: Goroutine; send: boolean; value: unknown; select: boolean }
  | { kind: 'chan.waiter.dequeued'; ch: object; op: string; g: Goroutine; send: boolean }
  | { kind: 'chan.closed'; ch: object; op: string }
  /** A sync.Map operation changed the read/dirty design's counters (sync-map.ts syncMapOp). */
  | { kind: 'syncmap.changed'; map: object; op: string; key: unknown; before: SyncMapCounts; after: SyncMapCounts; promoted: boolean };

/** A sync.Map's shape: entries in the read map and the dirty map (-1: nil), amended, misses. */
export interface SyncMapCounts {
  read: number;
  dirty: number;
  amended: boolean;
  misses: number;
}

export interface SyncEventSink {
  emit(e: SyncEvent): void;
}

/** The machine's sync sink, or undefined in an untraced run (hooks === null). */
export function syncSink(m: Machine): SyncEventSink | undefined {
  return m.hooks === null ? undefined : m.hooks.syncSink?.();
}
