// Channels (Go's hchan): a ring buffer, FIFO queues of blocked senders and receivers, direct
// hand-off between a sender and a waiting receiver, close and its panics (go-facts.md §7).
import { under, type Type } from '../../check/types.ts';
import { GoPanic } from '../../vm/faults.ts';
import { OpStep, type Goroutine, type PendingOp } from '../../vm/goroutine.ts';
import type { Machine } from '../../vm/machine.ts';
import type { NativeFn } from '../../vm/native.ts';
import { WaitReason } from '../../vm/wait-reason.ts';
import { zeroValue } from '../../compile/types-rt.ts';

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
}

/** Takes the first waiter that can still be woken (a select that already fired elsewhere cannot). */
function popLive(q: Waiter[]): Waiter | undefined {
  for (;;) {
    const w = q.shift();
    if (w === undefined || w.sel === undefined || w.sel.fired < 0) return w;
  }
}

/** Completes a waiter: a plain one records the value; a select records which case fired. */
function fire(m: Machine, w: Waiter, value: unknown, ok: boolean, closedSend = false): void {
  if (w.sel) {
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
  readonly buf: unknown[] = [];
  closed = false;
  readonly sendq: Waiter[] = [];
  readonly recvq: Waiter[] = [];
  constructor(
    readonly cap: number,
    readonly zero: () => unknown,
  ) {}
  len(): number {
    return this.buf.length;
  }
}

function plainPanic(msg: string): GoPanic {
  return new GoPanic({ plainError: msg }, msg);
}

export function makeChanNative(elem: Type): NativeFn {
  return (_m, _g, regs, a) => {
    const n = regs[a + 1] as number;
    if (n < 0) throw new GoPanic({ runtimeError: 'makechan: size out of range' }, 'makechan: size out of range');
    regs[a] = new Chan(n, () => zeroValue(elem));
  };
}

export const closeChanNative: NativeFn = (m, _g, regs, a) => {
  const c = regs[a + 1] as Chan | null;
  if (c === null) throw plainPanic('close of nil channel');
  if (c.closed) throw plainPanic('close of closed channel');
  c.closed = true;
  // Receivers get the zero value and ok=false; blocked senders panic when they resume.
  for (let w = popLive(c.recvq); w; w = popLive(c.recvq)) fire(m, w, c.zero(), false);
  for (let w = popLive(c.sendq); w; w = popLive(c.sendq)) fire(m, w, null, false, true);
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
      if (c.closed) throw plainPanic('send on closed channel');
      const r = popLive(c.recvq);
      if (r) {
        fire(m, r, v, true);
        return OpStep.Done;
      }
      if (c.buf.length < c.cap) {
        c.buf.push(v);
        return OpStep.Done;
      }
      me = { g, value: v, ok: true, done: false };
      c.sendq.push(me);
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
      const got = tryRecv(m, c);
      if (got) return finish(g, got.value, got.ok);
      me = { g, value: null, ok: false, done: false };
      c.recvq.push(me);
      m.park(g, WaitReason.chanReceive, c);
      return OpStep.Block;
    },
  };
}

export function chanElem(t: Type): Type {
  return (under(t) as { elem: Type }).elem;
}

/** A receive that completes now (buffered value, waiting sender, or closed channel), or null. */
function tryRecv(m: Machine, c: Chan): { value: unknown; ok: boolean } | null {
  if (c.buf.length > 0) {
    const v = c.buf.shift();
    // A blocked sender's value moves into the freed buffer slot.
    const s = popLive(c.sendq);
    if (s) {
      c.buf.push(s.value);
      fire(m, s, null, true);
    }
    return { value: v, ok: true };
  }
  const s = popLive(c.sendq);
  if (s) {
    const v = s.value;
    fire(m, s, null, true);
    return { value: v, ok: true };
  }
  if (c.closed) return { value: c.zero(), ok: false };
  return null;
}

/** A send that completes now (waiting receiver or buffer space); throws on a closed channel. Timers deliver ticks with it. */
export function trySend(m: Machine, c: Chan, v: unknown): boolean {
  if (c.closed) throw plainPanic('send on closed channel');
  const r = popLive(c.recvq);
  if (r) {
    fire(m, r, v, true);
    return true;
  }
  if (c.buf.length < c.cap) {
    c.buf.push(v);
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
          if (trySend(m, c.ch, c.value)) return done(g, i, null, false);
        } else {
          const got = tryRecv(m, c.ch);
          if (got) return done(g, i, got.value, got.ok);
        }
      }
      if (hasDefault) return done(g, -1, null, false);
      wait = { fired: -1, value: null, ok: false, closedSend: false };
      cases.forEach((c, i) => {
        if (c.ch === null) return;
        const w: Waiter = { g, value: c.value, ok: false, done: false, sel: wait!, caseIndex: i };
        (c.send ? c.ch.sendq : c.ch.recvq).push(w);
      });
      let reason: Goroutine['waitReason'] = WaitReason.select;
      if (cases.length === 0) reason = WaitReason.selectNoCases;
      else if (cases.length === 1) {
        const c = cases[0];
        reason = c.send ? (c.ch ? WaitReason.chanSend : WaitReason.chanSendNil) : c.ch ? WaitReason.chanReceive : WaitReason.chanReceiveNil;
      }
      m.park(g, reason!, cases);
      return OpStep.Block;
    },
  };
}

