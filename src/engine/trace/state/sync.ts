// The locks-and-channels slice of the player's state: every Mutex, RWMutex, WaitGroup and channel
// the run has used, folded from the lock.*, waitgroup.* and chan.* events (events.ts), forwards and back.
import type { TraceEvent, TraceValue } from '../events.ts';
import type { StateSlice } from './slice.ts';

export type LockType = 'Mutex' | 'RWMutex' | 'WaitGroup';

export interface LockWaiter {
  g: number;
  /** A writer (Mutex waiters and RWMutex Lock callers) or a reader (RLock, WaitGroup.Wait). */
  writer: boolean;
}

export interface LockState {
  obj: number;
  type: LockType;
  /** The receiver as the program wrote it (`mu`, `c.mu`), '' when the trace could not tell. */
  name: string;
  /** Line of the first operation. */
  line: number;
  /** The goroutine that took the write lock, 0 when none holds it, -1 when it was copied locked. */
  owner: number;
  /** Goroutines holding read shares (RWMutex), in the order they got them (-1: copied with the struct). */
  readers: number[];
  /** The queue, head first. */
  waiters: LockWaiter[];
  /** Mutex starvation mode. */
  starving: boolean;
  /** A goroutine the lock was handed to as it was woken, which has not run yet (0 none). */
  handedTo: number;
  /** Normal-mode Mutex: the woken waiter now competing with arriving goroutines (0 none). */
  woken: number;
  /** WaitGroup counter. */
  counter: number;
}

export interface ChanWaiter {
  g: number;
  /** The value a blocked sender is offering (undefined for receivers). */
  value: TraceValue;
  /** Blocked in a select (its other cases wait on other channels). */
  select: boolean;
}

export interface ChanState {
  obj: number;
  /** The variable or field it was made into (`ch`, `jobs`), '' when the trace could not tell. */
  name: string;
  line: number;
  /** Element type as Go writes it (`int`, `string`), '' for the runtime's own channels. */
  elem: string;
  cap: number;
  /** Buffered values by ring slot (only occupied slots are present). */
  slots: Map<number, TraceValue>;
  count: number;
  sendx: number;
  recvx: number;
  sendq: ChanWaiter[];
  recvq: ChanWaiter[];
  closed: boolean;
}

/** A sync.Map as Go 1.19–1.23 builds it, by its counters (the entries themselves are not traced). */
export interface SyncMapState {
  obj: number;
  name: string;
  line: number;
  /** Entries in the read map (deleted ones included until the next promotion). */
  read: number;
  /** Entries in the dirty map; -1 while it is nil. */
  dirty: number;
  /** The dirty map holds keys the read map lacks. */
  amended: boolean;
  /** Loads that missed the read map since the last promotion; at len(dirty), dirty becomes read. */
  misses: number;
}

export interface SyncState {
  locks: Map<number, LockState>;
  chans: Map<number, ChanState>;
  syncMaps: Map<number, SyncMapState>;
}

function insert<T>(a: T[], at: number, x: T): void {
  a.splice(Math.max(0, Math.min(at, a.length)), 0, x);
}

function removeAt<T>(a: T[], at: number): void {
  if (at >= 0 && at < a.length) a.splice(at, 1);
}

function removeLast(a: number[], g: number): void {
  const i = a.lastIndexOf(g);
  if (i >= 0) a.splice(i, 1);
}

function applyLock(l: LockState, e: TraceEvent, forward: boolean): void {
  switch (e.kind) {
    case 'lock.acquired':
      if (forward) {
        if (e.read) l.readers.push(e.g);
        else l.owner = e.g;
        if (e.handoff && l.handedTo === e.g) l.handedTo = 0;
        if (e.wasWoken) l.woken = 0;
      } else {
        if (e.read) removeLast(l.readers, e.g);
        else l.owner = 0;
        if (e.handoff) l.handedTo = e.g;
        if (e.wasWoken) l.woken = e.g;
      }
      return;
    case 'lock.released':
      if (forward) {
        if (e.read) removeAt(l.readers, e.holderIndex);
        else l.owner = 0;
      } else if (e.read) insert(l.readers, e.holderIndex, e.holder);
      else l.owner = e.holder;
      return;
    case 'lock.waiter.queued':
      if (forward) insert(l.waiters, e.position, { g: e.g, writer: e.writer });
      else removeAt(l.waiters, e.position);
      if (e.wasWoken) l.woken = forward ? 0 : e.g;
      return;
    case 'lock.waiter.dequeued':
      if (forward) removeAt(l.waiters, e.position);
      else insert(l.waiters, e.position, { g: e.g, writer: e.writer });
      if (e.handoff && l.type !== 'WaitGroup') l.handedTo = forward ? e.g : 0;
      if (!e.handoff && l.type === 'Mutex') l.woken = forward ? e.g : 0;
      return;
    case 'lock.starvation.changed':
      l.starving = forward ? e.starving : !e.starving;
      return;
    case 'waitgroup.changed':
      l.counter = forward ? e.counterAfter : e.counterBefore;
      return;
  }
}

function applyChan(c: ChanState, e: TraceEvent, forward: boolean): void {
  switch (e.kind) {
    case 'chan.sent':
      if (forward) c.slots.set(e.slot, e.value);
      else c.slots.delete(e.slot);
      c.sendx = forward ? e.sendxAfter : e.sendxBefore;
      c.count = forward ? e.countAfter : e.countBefore;
      return;
    case 'chan.received':
      if (forward) c.slots.delete(e.slot);
      else c.slots.set(e.slot, e.value);
      c.recvx = forward ? e.recvxAfter : e.recvxBefore;
      c.count = forward ? e.countAfter : e.countBefore;
      return;
    case 'chan.waiter.queued': {
      const q = e.send ? c.sendq : c.recvq;
      if (forward) insert(q, e.position, { g: e.g, value: e.value, select: e.select });
      else removeAt(q, e.position);
      return;
    }
    case 'chan.waiter.dequeued': {
      const q = e.send ? c.sendq : c.recvq;
      if (forward) removeAt(q, e.position);
      else insert(q, e.position, { g: e.g, value: e.value, select: e.select });
      return;
    }
    case 'chan.closed':
      c.closed = forward;
      return;
  }
}

function step(s: SyncState, e: TraceEvent, forward: boolean): void {
  switch (e.kind) {
    case 'lock.seen':
      if (forward) {
        s.locks.set(e.obj, {
          obj: e.obj, type: e.type as LockType, name: e.name, line: e.line, owner: e.locked ? -1 : 0,
          readers: new Array<number>(Math.max(0, e.readers)).fill(-1), waiters: [], starving: false, handedTo: 0, woken: 0, counter: e.counter,
        });
      } else s.locks.delete(e.obj);
      return;
    case 'chan.made':
      if (forward) {
        s.chans.set(e.obj, {
          obj: e.obj, name: e.name, line: e.line, elem: e.elem, cap: e.cap, slots: new Map(), count: 0, sendx: 0, recvx: 0,
          sendq: [], recvq: [], closed: false,
        });
      } else s.chans.delete(e.obj);
      return;
    case 'lock.acquired':
    case 'lock.released':
    case 'lock.waiter.queued':
    case 'lock.waiter.dequeued':
    case 'lock.starvation.changed':
    case 'waitgroup.changed': {
      const l = s.locks.get(e.obj);
      if (l) applyLock(l, e, forward);
      return;
    }
    case 'chan.sent':
    case 'chan.received':
    case 'chan.waiter.queued':
    case 'chan.waiter.dequeued':
    case 'chan.closed': {
      const c = s.chans.get(e.obj);
      if (c) applyChan(c, e, forward);
      return;
    }
    case 'syncmap.changed': {
      if (!forward && e.first) {
        s.syncMaps.delete(e.obj);
        return;
      }
      let sm = s.syncMaps.get(e.obj);
      if (sm === undefined) {
        if (!forward) return;
        s.syncMaps.set(e.obj, (sm = { obj: e.obj, name: e.name, line: e.line, read: 0, dirty: -1, amended: false, misses: 0 }));
      }
      sm.read = forward ? e.readAfter : e.readBefore;
      sm.dirty = forward ? e.dirtyAfter : e.dirtyBefore;
      sm.amended = forward ? e.amendedAfter : e.amendedBefore;
      sm.misses = forward ? e.missesAfter : e.missesBefore;
      return;
    }
  }
}

function cloneLock(l: LockState): LockState {
  return { ...l, readers: [...l.readers], waiters: l.waiters.map((w) => ({ ...w })) };
}

function cloneChan(c: ChanState): ChanState {
  return { ...c, slots: new Map(c.slots), sendq: c.sendq.map((w) => ({ ...w })), recvq: c.recvq.map((w) => ({ ...w })) };
}

/** Locks, WaitGroups and channels by trace object id (the `obj` of goroutine.blocked). */
export const syncSlice: StateSlice<SyncState> = {
  name: 'sync',
  init: () => ({ locks: new Map(), chans: new Map(), syncMaps: new Map() }),
  apply: (s, e) => step(s, e, true),
  revert: (s, e) => step(s, e, false),
  clone: (s) => ({
    locks: new Map([...s.locks].map(([k, l]) => [k, cloneLock(l)])),
    chans: new Map([...s.chans].map(([k, c]) => [k, cloneChan(c)])),
    syncMaps: new Map([...s.syncMaps].map(([k, m]) => [k, { ...m }])),
  }),
};

/** The buffered values of a channel in receive order (oldest first), with their ring slots. */
export function bufferedValues(c: ChanState): Array<{ slot: number; value: TraceValue }> {
  const out: Array<{ slot: number; value: TraceValue }> = [];
  for (let i = 0; i < c.count && c.cap > 0; i++) {
    const slot = (c.recvx + i) % c.cap;
    out.push({ slot, value: c.slots.get(slot) });
  }
  return out;
}
