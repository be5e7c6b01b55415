// Helpers for VM tests and benchmarks: a few natives and a one-call way to build and run programs.
import { CrashReporter } from '../runtime/crash-report.ts';
import { Iface } from '../runtime/values/iface.ts';
import { OpStep, type Goroutine, type PendingOp } from './goroutine.ts';
import { Machine, type MachineOptions } from './machine.ts';
import type { NativeFn } from './native.ts';
import type { FuncProto } from './proto.ts';
import { runToEnd } from './scheduler.ts';
import { WaitReason } from './wait-reason.ts';

/** Native indices used by tests. */
export const N = { print: 0, parkForever: 1, sleep: 2, phased: 3, exit: 4 } as const;

/** A runtime op with `phases` phases that logs `<goroutine>:<phase>` — to observe interleaving. */
class PhasedOp implements PendingOp {
  private phase = 0;
  constructor(
    private readonly m: Machine,
    private readonly phases: number,
  ) {}
  step(g: Goroutine): OpStep {
    this.m.write(1, `${g.id}:${this.phase} `);
    this.phase++;
    if (this.phase < this.phases) return OpStep.Phase;
    g.opResult = this.phases;
    return OpStep.Done;
  }
}

export const testNatives: NativeFn[] = [
  (m, _g, regs, a, argc) => {
    const parts: string[] = [];
    for (let i = 1; i <= argc; i++) {
      const v = regs[a + i];
      parts.push(String(v instanceof Iface ? v.v : v)); // recover() hands back boxed Go values
    }
    m.write(1, parts.join(' ') + '\n');
  },
  (m, g) => {
    m.park(g, WaitReason.chanReceive);
    return { step: () => OpStep.Block };
  },
  (m, g, regs, a) => {
    m.sleep(g, regs[a + 1] as number);
    let slept = false;
    return {
      step: () => {
        if (!slept) {
          slept = true;
          return OpStep.Block;
        }
        return OpStep.Done;
      },
    };
  },
  (m, _g, regs, a) => new PhasedOp(m, regs[a + 1] as number),
];

export function runProgram(main: FuncProto, options: Partial<MachineOptions> = {}): Machine {
  const m = new Machine({ main, natives: testNatives, runtime: new CrashReporter() }, options);
  runToEnd(m);
  return m;
}
