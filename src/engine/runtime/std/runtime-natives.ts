// Package runtime: Goexit, NumGoroutine, Gosched, GOMAXPROCS, NumCPU, Version.
import { GoPanic } from '../../vm/faults.ts';
import { GOEXIT } from '../../vm/dispatch.ts';
import { OpStep, type PendingOp } from '../../vm/goroutine.ts';
import type { NativeFn } from '../../vm/native.ts';
import { isTimerGoroutine } from './timers.ts';

/** The Go release the lab models (the oracle's `go version`). */
const goVersion = 'go1.23.5';

export const runtimeNatives: Record<string, NativeFn> = {
  'runtime.Goexit': () => {
    throw new GoPanic(GOEXIT, 'runtime.Goexit', false);
  },
  'runtime.NumGoroutine': (m, _g, regs, a) => {
    regs[a] = m.liveGoroutines().filter((g) => !isTimerGoroutine(g)).length;
  },
  'runtime.GOMAXPROCS': (m, _g, regs, a) => void (regs[a] = m.procs),
  'runtime.NumCPU': (m, _g, regs, a) => void (regs[a] = m.procs),
  'runtime.Version': (_m, _g, regs, a) => void (regs[a] = goVersion),
  // Gosched puts the goroutine at the back of the run queue: a zero-length sleep does exactly that
  // here (the scheduler moves due sleepers to the end of the queue before choosing).
  'runtime.Gosched': (m): PendingOp => {
    let yielded = false;
    return {
      step(g): OpStep {
        if (yielded) return OpStep.Done;
        yielded = true;
        m.sleep(g, 0);
        return OpStep.Block;
      },
    };
  },
};
