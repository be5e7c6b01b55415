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
  for (const w of c.recvq.splice(0)) {
    w.value = c.zero();
    w.ok = false;
    w.done = true;
    m.ready(w.g);
  }
  for (const w of c.sendq.splice(0)) {
    w.done = false;
    m.ready(w.g);
  }
};

/** ch <- v. */
export function chanSend(m: Machine, c: Chan | null, v: unknown): PendingOp {
  let me: Waiter | null = null;
  return {
    runtimeName: 'runtime.chansend1',
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
      const r = c.recvq.shift();
      if (r) {
        r.value = v;
        r.ok = true;
        r.done = true;
        m.ready(r.g);
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
    runtimeName: 'runtime.chanrecv1',
    step(g: Goroutine): OpStep {
      if (me !== null) return finish(g, me.value, me.ok);
      if (c === null) {
        m.park(g, WaitReason.chanReceiveNil);
        me = { g, value: null, ok: false, done: false };
        return OpStep.Block;
      }
      if (c.buf.length > 0) {
        const v = c.buf.shift();
        // A blocked sender's value moves into the freed buffer slot.
        const s = c.sendq.shift();
        if (s) {
          c.buf.push(s.value);
          s.done = true;
          m.ready(s.g);
        }
        return finish(g, v, true);
      }
      const s = c.sendq.shift();
      if (s) {
        s.done = true;
        m.ready(s.g);
        return finish(g, s.value, true);
      }
      if (c.closed) return finish(g, c.zero(), false);
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
