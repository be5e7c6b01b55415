// Plain-language pieces the narration builds its sentences from: goroutine names, Go values,
// slot addresses and what each of Go's wait reasons means for a learner.
import type { TraceValue } from '../events.ts';
import { clippedValue } from '../format-text.ts';

/** `g7`, as the lab names goroutines everywhere (Go's dumps say `goroutine 7`). */
export function gName(g: number): string {
  return `g${g}`;
}

/** `m1`: the trace's map id (the trace does not know the Go variable's name). */
export function mapName(map: number): string {
  return `m${map}`;
}

/** A Go value as a learner would write it; long texts are cut so a sentence stays one line. */
export function valueText(v: TraceValue): string {
  return clippedValue(v, 40);
}

/** `bucket 3, slot 2`, or '' when the event names no slot (-1). */
export function slotText(bucket: number, slot: number): string {
  return bucket < 0 ? '' : `bucket ${bucket}, slot ${slot}`;
}

/**
 * What a goroutine is doing while it waits, from Go's wait reason (the text in `goroutine 3
 * [chan receive]:`). Reasons the table does not know are shown as Go prints them.
 */
const waitPhrases: Readonly<Record<string, string>> = {
  'chan receive': 'waiting to receive from a channel (chan receive)',
  'chan send': 'waiting to send on a channel (chan send)',
  'chan receive (nil chan)': 'waiting forever to receive from a nil channel',
  'chan send (nil chan)': 'waiting forever to send on a nil channel',
  select: 'waiting in a select until one of its cases can go on',
  'select (no cases)': 'waiting forever in an empty select',
  semacquire: 'waiting on a semaphore (semacquire), as sync.WaitGroup.Wait does',
  'sync.WaitGroup.Wait': 'waiting in sync.WaitGroup.Wait for the counter to reach zero',
  'sync.Mutex.Lock': 'blocked on sync.Mutex.Lock',
  'sync.RWMutex.Lock': 'blocked on sync.RWMutex.Lock (it wants to write)',
  'sync.RWMutex.RLock': 'blocked on sync.RWMutex.RLock (it wants to read)',
  'sync.Cond.Wait': 'waiting in sync.Cond.Wait for a Signal or Broadcast',
  sleep: 'sleeping (time.Sleep)',
};

/** `blocked on sync.Mutex.Lock`, `waiting to receive from a channel (chan receive)`, or `blocked [reason]`. */
export function waitPhrase(reason: string): string {
  return waitPhrases[reason] ?? `blocked [${reason}]`;
}

/** Wait reasons that mean "waiting for a lock": the lock jump and the timeline's lock bars use them. */
export const lockWaitReasons: ReadonlySet<string> = new Set(['sync.Mutex.Lock', 'sync.RWMutex.Lock', 'sync.RWMutex.RLock']);

/** True when a wait reason is a lock wait (sync.Mutex, sync.RWMutex). */
export function isLockWait(reason: string): boolean {
  return lockWaitReasons.has(reason);
}
