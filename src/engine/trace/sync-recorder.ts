// Turns the lock, WaitGroup and channel reports of runtime/std/sync-events.ts into trace events.
//
// The runtime says "g queued on this lock"; a player needs the queue position, the holder a
// release removed, the values a dequeued sender carried. This recorder keeps a small shadow of
// each object's holders and queues (ids only) to compute them, gives each object the trace id
// goroutine.blocked uses, and names it from the source line of its first operation.
import type { Goroutine } from '../vm/goroutine.ts';
import type { SyncEvent, SyncEventSink, LockType } from '../runtime/std/sync-events.ts';
import { typeString } from '../check/type-string.ts';
import type { TraceWriter } from './writer.ts';
import { chanNameAt, lockNameAt } from './sync-names.ts';

/** A lock's state just before `e`, its first operation in the trace (runtime fields read by shape: Mutex, RWMutex, WaitGroup). */
function stateBefore(o: object, e: SyncEvent): { locked: boolean; readers: number; counter: number } {
  const x = o as { locked?: boolean; writer?: boolean; readers?: number; counter?: number };
  let locked = x.locked ?? x.writer ?? false;
  let readers = x.readers ?? 0;
  let counter = x.counter ?? 0;
  if (e.kind === 'lock.acquired') {
    if (e.read) readers--;
    else locked = false;
  } else if (e.kind === 'lock.released') {
    if (e.read) readers++;
    else locked = true;
  } else if (e.kind === 'waitgroup.changed') counter = e.before;
  return { locked, readers: Math.max(0, readers), counter };
}

/** What the main recorder lends: the current step, ids, and the source line of the running call. */
export interface SyncRecorderContext {
  step(): number;
  /** The goroutine running the operation, as a trace id. */
  running(): number;
  gid(g: Goroutine): number;
  objectId(o: object): number;
  /** The source text of the line the running goroutine's innermost Go frame is on ('' unknown), and its number. */
  callSite(): { line: number; text: string };
}

interface LockShadow {
  id: number;
  owner: number;
  readers: number[];
  queue: number[];
  writers: boolean[];
  woken: number;
}

interface Waiting {
  g: number;
  value: unknown;
  select: boolean;
}

interface ChanShadow {
  id: number;
  sendq: Waiting[];
  recvq: Waiting[];
}

export class SyncRecorder implements SyncEventSink {
  private readonly locks = new WeakMap<object, LockShadow>();
  private readonly chans = new WeakMap<object, ChanShadow>();
  private readonly maps = new WeakSet<object>();

  constructor(
    private readonly w: TraceWriter,
    private readonly ctx: SyncRecorderContext,
  ) {}

  emit(e: SyncEvent): void {
    const step = this.ctx.step();
    switch (e.kind) {
      case 'lock.acquired': {
        const l = this.lock(e.lock, e.type, e.op, e);
        const g = this.ctx.gid(e.g);
        const wasWoken = l.woken === g;
        if (wasWoken) l.woken = 0;
        if (e.read) l.readers.push(g);
        else l.owner = g;
        this.w.append('lock.acquired', step, g, { obj: l.id, read: e.read, handoff: e.handoff, wasWoken });
        return;
      }
      case 'lock.released': {
        const l = this.lock(e.lock, e.type, e.op, e);
        const g = this.ctx.running();
        let holder = l.owner;
        let holderIndex = -1;
        if (e.read) {
          holderIndex = Math.max(0, l.readers.indexOf(g));
          holder = l.readers[holderIndex] ?? 0;
          l.readers.splice(holderIndex, 1);
        } else l.owner = 0;
        this.w.append('lock.released', step, g, { obj: l.id, read: e.read, holder, holderIndex });
        return;
      }
      case 'lock.waiter.queued': {
        const l = this.lock(e.lock, e.type, e.op, e);
        const g = this.ctx.gid(e.g);
        const wasWoken = l.woken === g;
        if (wasWoken) l.woken = 0;
        const position = e.front ? 0 : l.queue.length;
        l.queue.splice(position, 0, g);
        l.writers.splice(position, 0, e.writer);
        this.w.append('lock.waiter.queued', step, g, { obj: l.id, position, writer: e.writer, wasWoken });
        return;
      }
      case 'lock.waiter.dequeued': {
        const l = this.lock(e.lock, e.type, e.op, e);
        const g = this.ctx.gid(e.g);
        const position = Math.max(0, l.queue.indexOf(g));
        const writer = l.writers[position] ?? false;
        l.queue.splice(position, 1);
        l.writers.splice(position, 1);
        if (!e.handoff && e.type === 'Mutex') l.woken = g;
        this.w.append('lock.waiter.dequeued', step, g, { obj: l.id, position, writer, handoff: e.handoff });
        return;
      }
      case 'lock.starvation.changed': {
        const l = this.lock(e.lock, e.type, e.op, e);
        this.w.append('lock.starvation.changed', step, this.ctx.running(), { obj: l.id, starving: e.starving });
        return;
      }
      case 'waitgroup.changed': {
        const l = this.lock(e.lock, e.type, e.op, e);
        this.w.append('waitgroup.changed', step, this.ctx.running(), { obj: l.id, delta: e.delta, counterBefore: e.before, counterAfter: e.after });
        return;
      }
      case 'chan.made': {
        const site = this.ctx.callSite();
        const c: ChanShadow = { id: this.ctx.objectId(e.ch), sendq: [], recvq: [] };
        this.chans.set(e.ch, c);
        const elem = e.elem ? typeString(e.elem) : '';
        this.w.append('chan.made', step, this.ctx.running(), { obj: c.id, cap: e.cap, elem, name: chanNameAt(site.text), line: site.line });
        return;
      }
      case 'chan.sent': {
        const c = this.chan(e.ch, e.cap);
        const g = e.g ? this.ctx.gid(e.g) : this.ctx.running();
        this.w.append('chan.sent', step, g, {
          obj: c.id, slot: e.index, value: e.value, sendxBefore: e.index, sendxAfter: (e.index + 1) % e.cap,
          countBefore: e.count, countAfter: e.count + 1,
        });
        return;
      }
      case 'chan.received': {
        const c = this.chan(e.ch, e.cap);
        this.w.append('chan.received', step, this.ctx.running(), {
          obj: c.id, slot: e.index, value: e.value, recvxBefore: e.index, recvxAfter: (e.index + 1) % e.cap,
          countBefore: e.count, countAfter: e.count - 1,
        });
        return;
      }
      case 'chan.handoff': {
        const c = this.chan(e.ch, 0);
        const sender = e.sender ? this.ctx.gid(e.sender) : this.ctx.running();
        this.w.append('chan.handoff', step, this.ctx.running(), { obj: c.id, value: e.value, sender, receiver: this.ctx.gid(e.receiver) });
        return;
      }
      case 'chan.waiter.queued': {
        const c = this.chan(e.ch, 0);
        const g = this.ctx.gid(e.g);
        const q = e.send ? c.sendq : c.recvq;
        q.push({ g, value: e.value, select: e.select });
        this.w.append('chan.waiter.queued', step, g, { obj: c.id, send: e.send, position: q.length - 1, value: e.value, select: e.select });
        return;
      }
      case 'chan.waiter.dequeued': {
        const c = this.chan(e.ch, 0);
        const g = this.ctx.gid(e.g);
        const q = e.send ? c.sendq : c.recvq;
        const position = Math.max(0, q.findIndex((x) => x.g === g));
        const [was] = q.splice(position, 1);
        this.w.append('chan.waiter.dequeued', step, g, { obj: c.id, send: e.send, position, value: was?.value, select: was?.select ?? false });
        return;
      }
      case 'chan.closed': {
        const c = this.chan(e.ch, 0);
        this.w.append('chan.closed', step, this.ctx.running(), { obj: c.id });
        return;
      }
      case 'syncmap.changed': {
        const first = !this.maps.has(e.map);
        if (first) this.maps.add(e.map);
        const site = first ? this.ctx.callSite() : { line: 0, text: '' };
        const b = e.before, a = e.after;
        this.w.append('syncmap.changed', step, this.ctx.running(), {
          obj: this.ctx.objectId(e.map), first, name: first ? lockNameAt(site.text, e.op) : '', line: site.line, op: e.op, key: e.key,
          readBefore: b.read, readAfter: a.read, dirtyBefore: b.dirty, dirtyAfter: a.dirty, amendedBefore: b.amended, amendedAfter: a.amended,
          missesBefore: b.misses, missesAfter: a.misses, promoted: e.promoted,
        });
        return;
      }
    }
  }

  /** The shadow of a lock, announced with lock.seen (and named) at its first operation. */
  private lock(o: object, type: LockType, op: string, first: SyncEvent): LockShadow {
    let l = this.locks.get(o);
    if (l !== undefined) return l;
    const before = stateBefore(o, first);
    // A lock copied with its struct can be held already, by goroutines the trace cannot name (-1).
    l = { id: this.ctx.objectId(o), owner: before.locked ? -1 : 0, readers: new Array<number>(before.readers).fill(-1), queue: [], writers: [], woken: 0 };
    this.locks.set(o, l);
    const site = this.ctx.callSite();
    this.w.append('lock.seen', this.ctx.step(), this.ctx.running(), { obj: l.id, type, name: lockNameAt(site.text, op), line: site.line, ...before });
    return l;
  }

  /** A channel the trace has not seen made (the runtime's own, e.g. time.After's) is announced at its first operation. */
  private chan(o: object, cap: number): ChanShadow {
    let c = this.chans.get(o);
    if (c !== undefined) return c;
    c = { id: this.ctx.objectId(o), sendq: [], recvq: [] };
    this.chans.set(o, c);
    const site = this.ctx.callSite();
    const known = o as { cap?: unknown };
    this.w.append('chan.made', this.ctx.step(), this.ctx.running(), {
      obj: c.id, cap: typeof known.cap === 'number' ? known.cap : cap, elem: '', name: '', line: site.line,
    });
    return c;
  }
}
