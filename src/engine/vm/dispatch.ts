// The interpreter loop: runs one goroutine's bytecode until a budget, a preemption point, a block or its end.
//
// This is the hot path and, like clox's vm.c, legitimately one long switch. Hot state (code,
// registers, pc) lives in locals and is written back whenever control leaves the loop or the
// frame changes. Go calls never recurse in JavaScript: a call pushes a Frame on the goroutine's
// own stack. Go panics and fatal errors arrive as thrown GoPanic/GoFatal values and are handled
// once, in the catch below.
import { Called, Frame, type DeferredCall } from './frame.ts';
import { GoExit, GoFatal, GoPanic, Unsupported } from './faults.ts';
import { allocate, OverBudget } from './heap-budget.ts';
import { GStatus, OpStep, type Goroutine } from './goroutine.ts';
import type { Machine } from './machine.ts';
import { IntKind, Op } from './opcodes.ts';
import { Cell, Closure } from './values.ts';
import { intOverflow, wrapInt, bitwise } from './int-ops.ts';
import { divideByZero, nilDeref } from './runtime-errors.ts';

export const enum Exit {
  /** The instruction budget ran out; the goroutine can continue. */
  Budget = 0,
  /** Its burst of preemption points ended; the scheduler decides who runs next. */
  Preempt = 1,
  /** It parked itself (channel, lock, sleep…). */
  Blocked = 2,
  /** Its last frame returned. */
  Done = 3,
  /** The machine stopped (fatal error, uncaught panic, os.Exit, unsupported). */
  Stopped = 4,
}

const MAX_EXACT = 9007199254740991;

/** Runs g for at most `budget` instructions. The caller has already put g on a P. */
export function execute(m: Machine, g: Goroutine, budget: number): Exit {
  let n = 0;
  let f = g.top!;
  let code = f.proto.code;
  let regs = f.regs;
  let consts = f.proto.consts;
  let pc = f.pc;
  const natives = m.program.natives;
  const multi = m.procs > 1;

  // Reloads the hot locals after the frame stack changed.
  const load = (): void => {
    f = g.top!;
    code = f.proto.code;
    regs = f.regs;
    consts = f.proto.consts;
    pc = f.pc;
  };
  const finish = (exit: Exit): Exit => {
    if (g.frames.length > 0) g.top!.pc = pc;
    m.steps += n;
    m.clock += n;
    return exit;
  };

  try {
    // Resume a runtime operation interrupted at a phase boundary or a block.
    if (g.op !== null && !g.opCalling) {
      const r = stepOp(m, g);
      if (r === OpStep.Block) return finish(Exit.Blocked);
      if (r === OpStep.Phase) return finish(Exit.Preempt);
      load();
    }
    for (;;) {
      if (n >= budget) return finish(Exit.Budget);
      const i = pc << 2;
      const op = code[i];
      const a = code[i + 1];
      const b = code[i + 2];
      const c = code[i + 3];
      pc++;
      n++;
      switch (op) {
        case Op.NOP:
          break;
        case Op.MOVE:
          regs[a] = regs[b];
          break;
        case Op.LOADK:
          regs[a] = consts[b];
          break;
        case Op.LOADI:
          regs[a] = b;
          break;
        case Op.LOADNIL:
          regs[a] = null;
          break;
        case Op.LOADBOOL:
          regs[a] = b !== 0;
          break;

        case Op.ADDI: {
          const v = (regs[b] as number) + (regs[c] as number);
          if (v > MAX_EXACT || v < -MAX_EXACT) throw intOverflow('+', regs[b], regs[c]);
          regs[a] = v;
          break;
        }
        case Op.SUBI: {
          const v = (regs[b] as number) - (regs[c] as number);
          if (v > MAX_EXACT || v < -MAX_EXACT) throw intOverflow('-', regs[b], regs[c]);
          regs[a] = v;
          break;
        }
        case Op.MULI: {
          const v = (regs[b] as number) * (regs[c] as number);
          if (v > MAX_EXACT || v < -MAX_EXACT) throw intOverflow('*', regs[b], regs[c]);
          regs[a] = v + 0; // normalises -0 to 0
          break;
        }
        case Op.MULI32:
          // Exact however large the true product: only its low 32 bits matter to a 32-bit-or-smaller type.
          regs[a] = Math.imul(regs[b] as number, regs[c] as number);
          break;
        case Op.DIVI: {
          const d = regs[c] as number;
          if (d === 0) throw divideByZero();
          regs[a] = Math.trunc((regs[b] as number) / d) + 0;
          break;
        }
        case Op.REMI: {
          const d = regs[c] as number;
          if (d === 0) throw divideByZero();
          regs[a] = ((regs[b] as number) % d) + 0;
          break;
        }
        case Op.ADDIMM: {
          const v = (regs[b] as number) + c;
          if (v > MAX_EXACT || v < -MAX_EXACT) throw intOverflow('+', regs[b], c);
          regs[a] = v;
          break;
        }
        case Op.NEGI:
          regs[a] = 0 - (regs[b] as number);
          break;
        case Op.ADDF:
          regs[a] = (regs[b] as number) + (regs[c] as number);
          break;
        case Op.SUBF:
          regs[a] = (regs[b] as number) - (regs[c] as number);
          break;
        case Op.MULF:
          regs[a] = (regs[b] as number) * (regs[c] as number);
          break;
        case Op.DIVF:
          regs[a] = (regs[b] as number) / (regs[c] as number);
          break;
        case Op.NEGF:
          regs[a] = -(regs[b] as number);
          break;
        case Op.CONCAT: {
          const x = regs[b] as string, y = regs[c] as string;
          // Strings of a few words are not worth counting; long ones are how `s += x` loops eat memory.
          // Checked before concatenating: past 2^29 characters JavaScript itself would throw.
          if (x.length + y.length > 256) allocate(m, (x.length + y.length) >> 3);
          regs[a] = x + y;
          break;
        }
        case Op.AND:
        case Op.OR:
        case Op.XOR:
        case Op.ANDNOT:
        case Op.SHL:
        case Op.SHR:
          regs[a] = bitwise(op, regs[b] as number, regs[c] as number);
          break;
        case Op.BITNOT:
          regs[a] = -1 - (regs[b] as number);
          break;
        case Op.WRAP:
          regs[a] = wrapInt(regs[a] as number, c as (typeof IntKind)[keyof typeof IntKind]);
          break;

        case Op.EQ:
          regs[a] = regs[b] === regs[c];
          break;
        case Op.NE:
          regs[a] = regs[b] !== regs[c];
          break;
        case Op.LT:
          regs[a] = (regs[b] as number) < (regs[c] as number);
          break;
        case Op.LE:
          regs[a] = (regs[b] as number) <= (regs[c] as number);
          break;
        case Op.GT:
          regs[a] = (regs[b] as number) > (regs[c] as number);
          break;
        case Op.GE:
          regs[a] = (regs[b] as number) >= (regs[c] as number);
          break;
        case Op.NOT:
          regs[a] = !regs[b];
          break;

        case Op.JMP:
          pc = a;
          break;
        case Op.JMPT:
          if (regs[a]) pc = b;
          break;
        case Op.JMPF:
          if (!regs[a]) pc = b;
          break;
        case Op.JLT:
          if ((regs[a] as number) < (regs[b] as number)) pc = c;
          break;
        case Op.JGE:
          if ((regs[a] as number) >= (regs[b] as number)) pc = c;
          break;

        case Op.CALL: {
          const callee = regs[b];
          if (!(callee instanceof Closure)) throw nilDeref();
          if (g.frames.length >= m.opts.maxFrames) throw stackOverflow();
          f.pc = pc;
          const nf = new Frame(callee, callee.proto.nregs);
          for (let k = 0; k < c; k++) nf.regs[k] = regs[a + 1 + k];
          nf.retDest = a;
          g.frames.push(nf);
          load();
          break;
        }
        case Op.RET: {
          if (f.defers !== null && f.defers.length > 0) {
            // Run the next deferred call; RET executes again when it returns (named results re-read then).
            f.pc = pc - 1;
            callDeferred(m, g, f.defers.pop()!, Called.ByReturn);
            load();
            break;
          }
          const done = g.frames.pop()!;
          if (g.frames.length === 0) {
            pc = 0;
            return finish(endGoroutine(m, g));
          }
          const caller = g.top!;
          if (done.calledAs === Called.ByOp) {
            // Back from a call a runtime operation asked for: hand it the results and step it on.
            const res: unknown[] = new Array(c);
            for (let k = 0; k < c; k++) res[k] = b === 1 ? (regs[a + k] as Cell).v : regs[a + k];
            g.callResults = res;
            g.opCalling = false;
            // The op now runs in the caller's frame: a fault it throws must be placed at the caller's pc.
            pc = caller.pc;
            const r = stepOp(m, g);
            if (r === OpStep.Block) return finish(Exit.Blocked);
            if (r === OpStep.Phase) return finish(Exit.Preempt);
            if (m.state.kind !== 'running') return finish(Exit.Stopped);
            load();
            break;
          }
          if (done.calledAs === Called.ByPanic && g.panic !== null) {
            // A deferred call run by a panic returned: recovery resumes its frame, otherwise the panic goes on.
            resumePanic(m, g);
            if (m.state.kind !== 'running') return finish(Exit.Stopped);
            if (g.frames.length === 0) return finish(Exit.Done); // runtime.Goexit finished the goroutine
            load();
            break;
          }
          if (done.retDest >= 0) {
            const dst = caller.regs;
            for (let k = 0; k < c; k++) {
              const v = regs[a + k];
              dst[done.retDest + k] = b === 1 ? (v as Cell).v : v;
            }
          }
          load();
          break;
        }
        case Op.CLOSURE: {
          const proto = f.proto.protos[b];
          const caps = proto.captures;
          const cells: Cell[] = new Array(caps.length);
          for (let k = 0; k < caps.length; k++) {
            const r = caps[k];
            cells[k] = r >= 0 ? (regs[r] as Cell) : f.closure.cells[-1 - r];
          }
          regs[a] = new Closure(proto, cells);
          break;
        }
        case Op.GETUP:
          regs[a] = f.closure.cells[b].v;
          break;
        case Op.SETUP:
          f.closure.cells[b].v = regs[a];
          break;
        case Op.GETUPCELL:
          regs[a] = f.closure.cells[b];
          break;
        case Op.NEWCELL:
          // A heap variable: counted at a nominal 4 words, so building an endless linked structure meets the budget.
          if ((m.heapWords += 4) > m.opts.maxHeapWords) allocate(m, 0);
          regs[a] = new Cell(regs[a]);
          break;
        case Op.LOADCELL:
          regs[a] = (regs[b] as Cell).v;
          break;
        case Op.STORECELL:
          (regs[a] as Cell).v = regs[b];
          break;

        case Op.GO: {
          const callee = regs[b];
          // Go evaluates the function value and arguments now; a nil function panics in the caller... at run time of the goroutine.
          const args = regs.slice(a + 1, a + 1 + c);
          if (m.live >= m.opts.maxGoroutines) throw new Unsupported(`too many goroutines: the lab's limit is ${m.opts.maxGoroutines}`);
          if (!(callee instanceof Closure)) throw nilDeref();
          f.pc = pc;
          m.spawn(g, callee, args, f.proto.lineAt(pc - 1), f.proto.name);
          if (multi && --m.quantum <= 0) return finish(Exit.Preempt);
          break;
        }
        case Op.DEFER: {
          const fn = regs[b];
          if (f.defers === null) f.defers = [];
          f.defers.push({ fn: fn as Closure, args: regs.slice(a + 1, a + 1 + c), line: f.proto.lineAt(pc - 1) });
          break;
        }
        case Op.PANIC:
          throw new GoPanic(regs[a], m.runtime.panicText(regs[a]), false);
        case Op.RECOVER: {
          const p = g.panic;
          // Only a deferred call run by the panic itself may recover (not a function it calls).
          if (p !== null && !p.recovered && f.calledAs === Called.ByPanic && p.value !== GOEXIT) {
            p.recovered = true;
            regs[a] = m.runtime.recoverValue(p.value);
          } else regs[a] = null;
          break;
        }

        case Op.NATIVE: {
          f.pc = pc;
          const pending = natives[b](m, g, regs, a, c);
          if (pending !== undefined) {
            g.op = pending;
            g.opDest = a;
            const r = stepOp(m, g);
            if (r === OpStep.Block) return finish(Exit.Blocked);
            if (r === OpStep.Phase) return finish(Exit.Preempt);
          }
          if (m.state.kind !== 'running') return finish(Exit.Stopped);
          if (g.top !== f) load(); // OpStep.Call pushed the callee's frame
          break;
        }
        case Op.GETF: {
          const o = regs[b] as unknown[] | null;
          if (o === null) throw nilDeref();
          regs[a] = o[c];
          break;
        }
        case Op.SETF: {
          const o = regs[a] as unknown[] | null;
          if (o === null) throw nilDeref();
          o[b] = regs[c];
          break;
        }
        // Race-detector variants of the memory ops above (only in code race/instrument.ts rewrote).
        case Op.RLOADCELL:
          m.race!.access(g, regs[b], -1, false, pc - 1);
          regs[a] = (regs[b] as Cell).v;
          break;
        case Op.RSTORECELL:
          m.race!.access(g, regs[a], -1, true, pc - 1);
          (regs[a] as Cell).v = regs[b];
          break;
        case Op.RGETUP:
          m.race!.access(g, f.closure.cells[b], 0, false, pc - 1);
          regs[a] = f.closure.cells[b].v;
          break;
        case Op.RSETUP:
          m.race!.access(g, f.closure.cells[b], 0, true, pc - 1);
          f.closure.cells[b].v = regs[a];
          break;
        case Op.RGETF: {
          const o = regs[b] as unknown[] | null;
          if (o === null) throw nilDeref();
          m.race!.access(g, o, c, false, pc - 1);
          regs[a] = o[c];
          break;
        }
        case Op.RSETF: {
          const o = regs[a] as unknown[] | null;
          if (o === null) throw nilDeref();
          m.race!.access(g, o, b, true, pc - 1);
          o[b] = regs[c];
          break;
        }
        case Op.STMT:
          if (m.hooks !== null) m.hooks.statement?.(g, a);
          if (--m.quantum <= 0) return finish(Exit.Preempt);
          break;
        case Op.YIELD:
          if (--m.quantum <= 0) return finish(Exit.Preempt);
          break;
        default:
          throw new Error(`bad opcode ${op} at ${f.proto.name}:${pc - 1}`);
      }
    }
  } catch (e) {
    if (g.frames.length > 0) g.top!.pc = pc;
    m.steps += n;
    m.clock += n;
    return handleFault(m, g, e);
  }
}

/** Steps g's pending runtime op; at phase boundaries with several Ps the burst may end. */
function stepOp(m: Machine, g: Goroutine): OpStep {
  for (;;) {
    let r: OpStep;
    try {
      r = g.op!.step(g);
    } catch (e) {
      // An op that raises a panic or fatal error is over: the goroutine must not step it again.
      g.op = null;
      g.opDest = -1;
      g.opCalling = false;
      throw e;
    }
    if (r === OpStep.Done) {
      const regs = g.top!.regs;
      if (g.opDest >= 0) {
        regs[g.opDest] = g.opResult;
        if (g.opResult2 !== null) regs[g.opDest + 1] = g.opResult2;
      }
      g.op = null;
      g.opDest = -1;
      g.opResult = g.opResult2 = null;
      return OpStep.Done;
    }
    if (r === OpStep.Block) return OpStep.Block;
    if (r === OpStep.Call) {
      const call = g.call!;
      g.call = null;
      if (!(call.fn instanceof Closure)) throw nilDeref();
      const nf = m.pushFrame(g, call.fn, call.args, -1);
      nf.calledAs = Called.ByOp;
      g.opCalling = true;
      return OpStep.Call;
    }
    // A phase boundary: a preemption point only when other Ps run in parallel (one P never
    // switches a goroutine out inside a runtime map function).
    if (m.procs > 1 && --m.quantum <= 0) return OpStep.Phase;
  }
}

function stackOverflow(): GoFatal {
  return new GoFatal('stack overflow');
}

/** Pushes a frame for a deferred call. Native deferred calls run at once. */
function callDeferred(m: Machine, g: Goroutine, d: DeferredCall, how: Called): void {
  const fn = d.fn;
  if (!(fn instanceof Closure)) {
    if (fn === null || fn === undefined) throw nilDeref();
    fn.call(d.args);
    return;
  }
  const nf = m.pushFrame(g, fn, d.args, -1);
  nf.calledAs = how;
}

/**
 * Continues g's panic: runs the next deferred call of the frames from the panic's cursor down,
 * on top of the stack; when a deferred call recovered, the frame that deferred it returns
 * normally from its recovery point; when no deferred call is left, the program ends.
 */
function resumePanic(m: Machine, g: Goroutine): void {
  const p = g.panic!;
  if (p.recovered) {
    g.panic = null;
    g.frames.length = p.frameIndex + 1;
    // A runtime operation whose callback panicked is abandoned with the frames it ran in.
    if (g.op !== null && !g.frames.some((fr) => fr.calledAs === Called.ByOp)) {
      g.op = null;
      g.opCalling = false;
    }
    const f = g.top!;
    f.pc = f.proto.recoverPc >= 0 ? f.proto.recoverPc : lastRet(f);
    return;
  }
  for (let i = Math.min(p.frameIndex, g.frames.length - 1); i >= 0; i--) {
    const f = g.frames[i];
    while (f.defers !== null && f.defers.length > 0) {
      p.frameIndex = i;
      const depth = g.frames.length;
      callDeferred(m, g, f.defers.pop()!, Called.ByPanic);
      if (g.frames.length > depth) return; // a bytecode deferred call: run it, then come back here
    }
  }
  if (p.value === GOEXIT && p.previous === null) {
    // runtime.Goexit ran every deferred call: the goroutine ends. Main ending this way does not end
    // the program; the others run on, and when none is left the runtime reports a deadlock.
    g.panic = null;
    g.frames.length = 0;
    g.status = GStatus.Dead;
    m.live--;
    m.hooks?.goroutineEnded?.(g);
    return;
  }
  m.runtime.uncaughtPanic(m, g, p);
}

/** The panic value runtime.Goexit unwinds with: deferred calls run, recover() returns nil, nothing is printed. */
export const GOEXIT = Symbol('runtime.Goexit');

/** A function without a recovery point returns through its last RET (compilers end every function with one). */
function lastRet(f: Frame): number {
  const code = f.proto.code;
  for (let i = code.length / 4 - 1; i >= 0; i--) if (code[i * 4] === Op.RET) return i;
  return 0;
}

function endGoroutine(m: Machine, g: Goroutine): Exit {
  g.status = GStatus.Dead;
  m.live--;
  m.hooks?.goroutineEnded?.(g);
  // main returning ends the program at once, whatever other goroutines are doing.
  if (g === m.main && m.state.kind === 'running') m.state = { kind: 'exited', code: 0 };
  return m.state.kind === 'running' ? Exit.Done : Exit.Stopped;
}

function handleFault(m: Machine, g: Goroutine, e: unknown): Exit {
  if (e instanceof GoPanic) {
    g.panic = {
      value: e.value,
      text: e.text,
      recovered: false,
      previous: g.panic,
      runtimeError: e.runtimeError,
      frameIndex: g.frames.length - 1,
      std: e.std,
    };
    resumePanic(m, g);
    return m.state.kind === 'running' ? (g.frames.length > 0 ? Exit.Preempt : Exit.Done) : Exit.Stopped;
  }
  if (e instanceof GoFatal) {
    m.runtime.fatal(m, g, e.message, e.std);
    return Exit.Stopped;
  }
  if (e instanceof GoExit) {
    m.state = { kind: 'exited', code: e.code };
    return Exit.Stopped;
  }
  if (e instanceof Unsupported) {
    m.runtime.unsupported(m, g, e.message);
    return Exit.Stopped;
  }
  if (e instanceof OverBudget) {
    m.state = { kind: 'budget', message: e.message };
    return Exit.Stopped;
  }
  throw e; // an engine bug: caught at the engine's edge
}
