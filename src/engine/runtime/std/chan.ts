// Channels (Go's hchan): a ring buffer, FIFO queues of blocked senders and receivers, direct
// hand-off between a sender and a waiting receiver, close and its panics (go-facts.md §7).
// The buffer is kept as a FIFO array; Go's ring indices are recvx (kept) and sendx = (recvx +
// len) mod cap, so a trace can show which ring slot each value occupies. A traced run reports every
// state change (sync-events.ts).
import { under, type Type } from '../../check/types.ts';
import { GoPanic } from '../../vm/faults.ts';
import { OpStep, type Goroutine, type PendingOp } from '../../vm/goroutine.ts';
import type { Machine } from '../../vm/machine.ts';
import type { NativeFn } from '../../vm/native.ts';
import { WaitReason } from '../../vm/wait-reason.ts';
import { zeroValue } from '../../compile/types-rt.ts';
import { syncSink } from './sync-events.ts';

interface Waiter {
  g: Goroutine;
  /** The value a blocked sender offers, or the slot a receiver gets. */
  value: unknown;
  ok: boolean;
  done: boolean;
  /** For a goroutine blocked in select: the shared record of which case fired first. */
  sel?: SelectWait;
  caseIndex?: number;
}

interface SelectWait {
  fired: number;
  value: unknown;
  ok: boolean;
  /** The case fired because its channel was closed while sending (the sender must panic). */
  closedSend: boolean;
  /** Every queue entry of the select, so the others leave their queues when one case fires. */
  entries: Array<{ ch: Chan; w: Waiter; send: boolean }>;
}

/** Takes the first waiter that can still be woken (a select that already fired elsewhere cannot). */
function popLive(m: Machine, c: Chan, send: boolean, op: string): Waiter | undefined {
  const q = send ? c.sendq : c.recvq;
  for (;;) {
    const w = q.shift();
    if (w === undefined || w.sel === undefined || w.sel.fired < 0) {
      if (w !== undefined) syncSink(m)?.emit({ kind: 'chan.waiter.dequeued', ch: c, op, g: w.g, send });
      return w;
    }
  }
}

/** Completes a waiter: a plain one records the value; a select records which case fired. */
function fire(m: Machine, w: Waiter, value: unknown, ok: boolean, closedSend = false): void {
  if (w.sel) {
    // Go's selectgo dequeues the other cases' sudogs when the goroutine resumes; they can never
    // fire once one case has, so the lab takes them out of their queues now.
    for (const e of w.sel.entries) {
      if (e.w === w) continue;
      const q = e.send ? e.ch.sendq : e.ch.recvq;
      const i = q.indexOf(e.w);
      if (i < 0) continue;
      q.splice(i, 1);
      syncSink(m)?.emit({ kind: 'chan.waiter.dequeued', ch: e.ch, op: 'select', g: e.w.g, send: e.send });
    }
    w.sel.fired = w.caseIndex!;
    w.sel.value = value;
    w.sel.ok = ok;
    w.sel.closedSend = closedSend;
  } else {
    w.value = value;
    w.ok = ok;
    w.done = !closedSend;
  }
  m.ready(w.g);
}

let chanIds = 0;

export class Chan {
  readonly id = ++chanIds;
  /** The buffered values, oldest first. */
  readonly buf: unknown[] = [];
  /** Go's recvx: the ring slot of the oldest buffered value. */
  recvx = 0;
  closed = false;
  readonly sendq: Waiter[] = [];
  readonly recvq: Waiter[] = [];
  constructor(
    readonly cap: number,
    readonly zero: () => unknown,
    /** The element type, for traces (null for the runtime's own channels). */
    readonly elem: Type | null = null,
  ) {}
  len(): number {
    return this.buf.length;
  }
}

/** Appends v at ring slot sendx. */
function bufPush(m: Machine, c: Chan, v: unknown, op: string, g: Goroutine | null): void {
  const index = (c.recvx + c.buf.length) % c.cap;
  c.buf.push(v);
  syncSink(m)?.emit({ kind: 'chan.sent', ch: c, op, g, index, value: v, cap: c.cap, count: c.buf.length - 1 });
}

/** Takes the value at ring slot recvx. */
function bufShift(m: Machine, c: Chan, op: string): unknown {
  const index = c.recvx;
  const v = c.buf.shift();
  c.recvx = (c.recvx + 1) % c.cap;
  syncSink(m)?.emit({ kind: 'chan.received', ch: c, op, index, value: v, cap: c.cap, count: c.buf.length + 1 });
  return v;
}

function plainPanic(msg: string): GoPanic {
  return new GoPanic({ plainError: msg }, msg);
}

export function makeChanNative(elem: Type): NativeFn {
  return (m, _g, regs, a) => {
    const n = regs[a + 1] as number;
    if (n < 0) throw new GoPanic({ runtimeError: 'makechan: size out of range' }, 'makechan: size out of range');
    const c = new Chan(n, () => zeroValue(elem), elem);
    regs[a] = c;
    syncSink(m)?.emit({ kind: 'chan.made', ch: c, cap: n, elem });
  };
}

export const closeChanNative: NativeFn = (m, _g, regs, a) => {
  const c = regs[a + 1] as Chan | null;
  if (c === null) throw plainPanic('close of nil channel');
  if (c.closed) throw plainPanic('close of closed channel');
  c.closed = true;
  syncSink(m)?.emit({ kind: 'chan.closed', ch: c, op: 'close' });
  // Receivers get the zero value and ok=false; blocked senders panic when they resume.
  for (let w = popLive(m, c, false, 'close'); w; w = popLive(m, c, false, 'close')) fire(m, w, c.zero(), false);
  for (let w = popLive(m, c, true, 'close'); w; w = popLive(m, c, true, 'close')) fire(m, w, null, false, true);
};

/** ch <- v. */
export function chanSend(m: Machine, c: Chan | null, v: unknown): PendingOp {
  let me: Waiter | null = null;
  return {
    step(g: Goroutine): OpStep {
      if (me !== null) {
        if (!me.done) throw plainPanic('send on closed channel');
        return OpStep.Done;
      }
      if (c === null) {
        m.park(g, WaitReason.chanSendNil);
        me = { g, value: v, ok: true, done: false };
        return OpStep.Block;
      }
      if (trySend(m, c, v, g)) return OpStep.Done;
      me = { g, value: v, ok: true, done: false };
      c.sendq.push(me);
      syncSink(m)?.emit({ kind: 'chan.waiter.queued', ch: c, op: 'send', g, send: true, value: v, select: false });
      m.park(g, WaitReason.chanSend, c);
      return OpStep.Block;
    },
  };
}

/** v, ok := <-ch. Results: opResult = value, opResult2 = ok. */
export function chanRecv(m: Machine, c: Chan | null, commaOk: boolean): PendingOp {
  let me: Waiter | null = null;
  const finish = (g: Goroutine, value: unknown, ok: boolean): OpStep => {
    g.opResult = value;
    g.opResult2 = commaOk ? ok : null;
    return OpStep.Done;
  };
  return {
    step(g: Goroutine): OpStep {
      if (me !== null) return finish(g, me.value, me.ok);
      if (c === null) {
        m.park(g, WaitReason.chanReceiveNil);
        me = { g, value: null, ok: false, done: false };
        return OpStep.Block;
      }
      const got = tryRecv(m, c, g, 'recv');
      if (got) return finish(g, got.value, got.ok);
      me = { g, value: null, ok: false, done: false };
      c.recvq.push(me);
      syncSink(m)?.emit({ kind: 'chan.waiter.queued', ch: c, op: 'recv', g, send: false, value: undefined, select: false });
      m.park(g, WaitReason.chanReceive, c);
      return OpStep.Block;
    },
  };
}

export function chanElem(t: Type): Type {
  return (under(t) as { elem: Type }).elem;
}

/** A receive that completes now (buffered value, waiting sender, or closed channel), or null. */
function tryRecv(m: Machine, c: Chan, g: Goroutine, op: string): { value: unknown; ok: boolean } | null {
  if (c.buf.length > 0) {
    const v = bufShift(m, c, op);
    // A blocked sender's value moves into the freed buffer slot.
    const s = popLive(m, c, true, op);
    if (s) {
      bufPush(m, c, s.value, op, s.g);
      fire(m, s, null, true);
    }
    return { value: v, ok: true };
  }
  const s = popLive(m, c, true, op);
  if (s) {
    const v = s.value;
    syncSink(m)?.emit({ kind: 'chan.handoff', ch: c, op, sender: s.g, receiver: g, value: v });
    fire(m, s, null, true);
    return { value: v, ok: true };
  }
  if (c.closed) return { value: c.zero(), ok: false };
  return null;
}

/** A send that completes now (waiting receiver or buffer space); throws on a closed channel. Timers deliver ticks with it. */
export function trySend(m: Machine, c: Chan, v: unknown, g: Goroutine | null = null, op = 'send'): boolean {
  if (c.closed) throw plainPanic('send on closed channel');
  const r = popLive(m, c, false, op);
  if (r) {
    syncSink(m)?.emit({ kind: 'chan.handoff', ch: c, op, sender: g, receiver: r.g, value: v });
    fire(m, r, v, true);
    return true;
  }
  if (c.buf.length < c.cap) {
    bufPush(m, c, v, op, g);
    return true;
  }
  return false;
}

export interface SelectCase {
  send: boolean;
  ch: Chan | null;
  value: unknown;
}

/**
 * Go's selectgo: cases ready now are chosen uniformly at random (Go polls them in a random
 * order); with none ready, default runs if present, else the goroutine blocks on every channel
 * until one case fires. Results: opResult = chosen case index (-1 for default), opResult2 =
 * [received value, ok]. A select with one case and no default blocks as that channel operation
 * does (Go compiles it as one), with its wait reason; `select {}` blocks forever.
 */
export function selectOp(m: Machine, cases: SelectCase[], hasDefault: boolean): PendingOp {
  let wait: SelectWait | null = null;
  const done = (g: Goroutine, index: number, value: unknown, ok: boolean): OpStep => {
    g.opResult = index;
    g.opResult2 = [value, ok];
    return OpStep.Done;
  };
  return {
    step(g: Goroutine): OpStep {
      if (wait !== null) {
        if (wait.closedSend) throw plainPanic('send on closed channel');
        return done(g, wait.fired, wait.value, wait.ok);
      }
      const order = cases.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = m.rand.intn(i + 1);
        [order[i], order[j]] = [order[j], order[i]];
      }
      for (const i of order) {
        const c = cases[i];
        if (c.ch === null) continue; // a nil channel's case is never ready
        if (c.send) {
          if (trySend(m, c.ch, c.value, g, 'select')) return done(g, i, null, false);
        } else {
          const got = tryRecv(m, c.ch, g, 'select');
          if (got) return done(g, i, got.value, got.ok);
        }
      }
      if (hasDefault) return done(g, -1, null, false);
      wait = { fired: -1, value: null, ok: false, closedSend: false, entries: [] };
      const sink = syncSink(m);
      cases.forEach((c, i) => {
        if (c.ch === null) return;
        const w: Waiter = { g, value: c.value, ok: false, done: false, sel: wait!, caseIndex: i };
        (c.send ? c.ch.sendq : c.ch.recvq).push(w);
        wait!.entries.push({ ch: c.ch, w, send: c.send });
        sink?.emit({ kind: 'chan.waiter.queued', ch: c.ch, op: 'select', g, send: c.send, value: c.send ? c.value : undefined, select: true });
      });
      let reason: Goroutine['waitReason'] = WaitReason.select;
      if (cases.length === 0) reason = WaitReason.selectNoCases;
      else if (cases.length === 1) {
        const c = cases[0];
        reason = c.send ? (c.ch ? WaitReason.chanSend : WaitReason.chanSendNil) : c.ch ? WaitReason.chanReceive : WaitReason.chanReceiveNil;
      }
      // The trace's goroutine.blocked names the channel when the select waits on just one; a
      // select on several is in each channel's queue instead (chan.waiter.queued).
      const chans = new Set(cases.map((c) => c.ch).filter((c) => c !== null));
      m.park(g, reason!, chans.size === 1 ? [...chans][0] : null);
      return OpStep.Block;
    },
  };
}

