// time.After, Tick, NewTicker, NewTimer, AfterFunc on the machine's virtual clock.
//
// Go keeps timers in a heap on each P; the VM's scheduler only knows sleeping goroutines, so each
// armed timer here is a hidden goroutine that sleeps until the timer is due, then delivers the tick
// without blocking (a full channel drops it, as Go's does) or starts f for AfterFunc. The scheduler
// therefore advances virtual time to the next timer exactly as it does for time.Sleep, and no
// deadlock is reported while a timer is armed (as Go's checkdead). Hidden goroutines are left out
// of dumps and of runtime.NumGoroutine; they do take goroutine ids, so a program using timers
// numbers its later goroutines higher than Go would.
import { Goroutine, OpStep, type PendingOp } from '../../vm/goroutine.ts';
import type { Machine } from '../../vm/machine.ts';
import type { NativeFn } from '../../vm/native.ts';
import { Op } from '../../vm/opcodes.ts';
import { ProtoBuilder } from '../../vm/proto-builder.ts';
import { Closure } from '../../vm/values.ts';
import { Chan, trySend } from './chan.ts';
import { GoPanic } from '../../vm/faults.ts';
import { errorValue } from './fmt-natives.ts';

/** Registers a native with the program being compiled (ProgramCompiler.native). */
export interface NativeRegistry {
  native(name: string, make: () => NativeFn): number;
}

export interface TimerState {
  /** The channel ticks are delivered on (unused by AfterFunc). */
  c: Chan;
  when: number;
  period: number;
  fn: Closure | null;
  stopped: boolean;
  fired: boolean;
  /** The hidden goroutine serving it, while it lives. */
  g: Goroutine | null;
}

const hidden = new WeakSet<Goroutine>();
const timerOf = new WeakMap<object, TimerState>();

/** True for the runtime's own timer goroutines (not shown in dumps or counted). */
export function isTimerGoroutine(g: Goroutine): boolean {
  return hidden.has(g);
}

/** A time.Time value ([wall, ext, loc]) for virtual time t: the lab keeps nanoseconds in ext. */
export function timeValue(t: number): unknown[] {
  return [0, t, null];
}

const serverFor = new WeakMap<NativeRegistry, Closure>();

/** The function the hidden goroutine runs: one native stepping the timer. */
function server(reg: NativeRegistry): Closure {
  let c = serverFor.get(reg);
  if (c) return c;
  const id = reg.native('time.timerproc', () => (m, _g, regs, a) => timerLoop(m, regs[a + 1] as TimerState));
  const b = new ProtoBuilder('time.timerproc', 1, 0);
  const base = b.reg(), arg = b.reg();
  b.emit(Op.MOVE, arg, 0);
  b.emit(Op.NATIVE, base, id, 1);
  b.emit(Op.RET, base, 0, 0);
  const proto = b.build();
  proto.std = 'time.timerproc';
  c = new Closure(proto, []);
  serverFor.set(reg, c);
  return c;
}

function timerLoop(m: Machine, st: TimerState): PendingOp {
  return {
    step(g: Goroutine): OpStep {
      for (;;) {
        if (st.stopped) break;
        if (m.clock < st.when) {
          m.sleep(g, st.when - m.clock);
          return OpStep.Block;
        }
        if (st.fn !== null) m.spawn(g, st.fn, [], 0, 'time.goFunc');
        else trySend(m, st.c, timeValue(st.when));
        if (st.period <= 0) {
          st.fired = true;
          break;
        }
        st.when += st.period;
      }
      if (st.g === g) st.g = null;
      return OpStep.Done;
    },
  };
}

/** Hidden goroutines take ids far above any the program's own goroutines reach. */
let nextTimerId = 1_000_000;

function arm(m: Machine, g: Goroutine, reg: NativeRegistry, st: TimerState): void {
  st.stopped = false;
  st.fired = false;
  if (st.g !== null) return; // its goroutine is still sleeping and will see the new deadline
  // Built by hand rather than with m.spawn: a timer must not take the creator's runnext slot or a
  // goroutine id, which would change the order and numbering of the program's own goroutines.
  const tg = new Goroutine(nextTimerId++, 'time.timerproc', 0, g.id);
  hidden.add(tg);
  m.pushFrame(tg, server(reg), [st], -1);
  m.all.push(tg);
  m.live++;
  m.hooks?.goroutineCreated?.(tg, g);
  m.sleep(tg, st.when - m.clock);
  st.g = tg;
}

function newTimer(m: Machine, g: Goroutine, reg: NativeRegistry, d: number, period: number, fn: Closure | null): TimerState {
  const st: TimerState = { c: new Chan(1, () => null), when: m.clock + Math.max(0, d), period, fn, stopped: false, fired: false, g: null };
  arm(m, g, reg, st);
  return st;
}

/** The natives of time's timer functions and the methods of *Timer and *Ticker. */
export function timerNatives(reg: NativeRegistry): Record<string, NativeFn> {
  const struct = (st: TimerState) => {
    const s = [st.c, true];
    timerOf.set(s, st);
    return s;
  };
  const stateOf = (regs: unknown[], a: number) => timerOf.get(regs[a + 1] as object) ?? null;
  return {
    'time.After': (m, g, regs, a) => void (regs[a] = newTimer(m, g, reg, regs[a + 1] as number, 0, null).c),
    'time.Tick': (m, g, regs, a) => {
      const d = regs[a + 1] as number;
      regs[a] = d <= 0 ? null : newTimer(m, g, reg, d, d, null).c;
    },
    'time.NewTimer': (m, g, regs, a) => void (regs[a] = struct(newTimer(m, g, reg, regs[a + 1] as number, 0, null))),
    'time.NewTicker': (m, g, regs, a) => {
      const d = regs[a + 1] as number;
      if (d <= 0) throw new GoPanic(errorValue('non-positive interval for NewTicker'), 'non-positive interval for NewTicker');
      regs[a] = struct(newTimer(m, g, reg, d, d, null));
    },
    'time.AfterFunc': (m, g, regs, a) => void (regs[a] = struct(newTimer(m, g, reg, regs[a + 1] as number, 0, regs[a + 2] as Closure))),
    'time.Timer.Stop': (_m, _g, regs, a) => {
      const st = stateOf(regs, a);
      const active = st !== null && !st.stopped && !st.fired;
      if (st) {
        st.stopped = true;
        st.c.buf.length = 0; // Go 1.23: no stale tick after Stop
      }
      regs[a] = active;
    },
    'time.Timer.Reset': (m, g, regs, a) => {
      const st = stateOf(regs, a);
      const active = st !== null && !st.stopped && !st.fired;
      if (st) {
        st.c.buf.length = 0;
        st.when = m.clock + Math.max(0, regs[a + 2] as number);
        arm(m, g, reg, st);
      }
      regs[a] = active;
    },
    'time.Ticker.Stop': (_m, _g, regs, a) => {
      const st = stateOf(regs, a);
      if (st) st.stopped = true;
    },
    'time.Ticker.Reset': (m, g, regs, a) => {
      const st = stateOf(regs, a);
      if (!st) return;
      st.period = regs[a + 2] as number;
      st.when = m.clock + st.period;
      arm(m, g, reg, st);
    },
  };
}
