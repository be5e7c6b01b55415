// The deterministic goroutine scheduler: who runs, on which P, until which preemption point.
//
// Model (after Go's runtime/proc.go, simplified and said so): there are GOMAXPROCS Ps. Each P
// runs at most one goroutine, has a `runnext` slot (a goroutine just created or readied by the
// goroutine on that P runs next there), and takes work from one shared FIFO run queue; an idle P
// steals another P's runnext when the queue is empty. A goroutine keeps its P until it blocks,
// ends, or has run for a 10 ms time slice while others wait (sysmon's preemption).
//
// A *step* of the scheduler advances one running goroutine for a burst of preemption points:
// statement boundaries (STMT), each phase of a multi-phase runtime operation (a map write's
// flag set, bucket write and flag check, …), and `go` statements. With one P, runtime phases
// are not preemption points: Go never switches a goroutine out inside a runtime map function,
// which is why the unprotected two-writer program never crashes with GOMAXPROCS=1. With several
// Ps, the goroutines on Ps are "running in parallel", and interleaving their bursts is how the
// lab models parallel CPUs.
//
// Randomness: the policy draws from the machine's seeded Rand, and every decision taken among
// two or more goroutines is recorded in Machine.schedule as [goroutine, burst] pairs, so the
// ReplayPolicy reproduces a run exactly (explorer counterexamples, share links).
import { execute, Exit } from './dispatch.ts';
import { GStatus, type Goroutine } from './goroutine.ts';
import type { Machine, MachineState } from './machine.ts';

/** Burst used when only one goroutine can run: long, but bounded so timers and time slices are checked. */
const SOLO_BURST = 1 << 14;

/**
 * Runs the machine for at most `budget` instructions, or until it exits, pauses for a manual
 * choice, or exhausts its total step budget. Resumable: call again to continue.
 * @example while (step(m, 100_000).kind === 'running') {}
 */
export function step(m: Machine, budget: number): MachineState {
  if (m.state.kind === 'paused') m.state = { kind: 'running' };
  let left = budget;
  while (m.state.kind === 'running') {
    const total = m.opts.maxSteps - m.steps;
    if (total <= 0) {
      m.state = {
        kind: 'budget',
        message: `program stopped after ${m.opts.maxSteps.toLocaleString('en-US')} steps (the lab's step budget): is it in an endless loop?`,
      };
      break;
    }
    if (left <= 0) break;
    if (m.curP < 0 && !decide(m)) break;
    const g = m.ps[m.curP]!;
    const before = m.steps;
    const exit = execute(m, g, Math.min(left, total));
    left -= m.steps - before;
    switch (exit) {
      case Exit.Budget:
        break;
      case Exit.Preempt:
        m.curP = -1;
        break;
      case Exit.Blocked:
      case Exit.Done:
        m.ps[m.curP] = null;
        m.curP = -1;
        break;
      case Exit.Stopped:
        return m.state;
    }
  }
  return m.state;
}

/** Runs to the end (tests, CLI): the whole budget, no pauses expected. */
export function runToEnd(m: Machine): MachineState {
  let s = step(m, Number.MAX_SAFE_INTEGER);
  while (s.kind === 'running') s = step(m, Number.MAX_SAFE_INTEGER);
  return s;
}

/** Chooses the goroutine and burst for the next step. False when the run ended or paused. */
function decide(m: Machine): boolean {
  for (;;) {
    wakeSleepers(m);
    rotateTimeSlices(m);
    fillIdlePs(m);
    const candidates: number[] = [];
    for (const g of m.ps) if (g !== null) candidates.push(g.id);
    if (candidates.length === 0) {
      if (m.sleepers.length > 0) {
        // Every P idle and someone sleeping: virtual time jumps to the next wake-up.
        m.clock = Math.max(m.clock, m.sleepers[0].wakeAt);
        continue;
      }
      m.runtime.fatal(m, null, 'all goroutines are asleep - deadlock!');
      return false;
    }
    const policy = m.opts.policy;
    let chosen: number;
    let burst: number;
    if (candidates.length === 1 && policy.name !== 'manual') {
      chosen = candidates[0];
      burst = m.procs > 1 && hasWaitingWork(m) ? 1 : SOLO_BURST;
    } else {
      const d = policy.decide(candidates, m.rand, m.procs);
      if (d === null) {
        m.state = { kind: 'paused', offered: candidates };
        return false;
      }
      chosen = d.g;
      burst = m.procs === 1 ? SOLO_BURST : d.quantum;
      m.schedule.push(chosen, d.quantum);
    }
    const p = m.ps.findIndex((g) => g !== null && g.id === chosen);
    const prev = m.curP >= 0 ? m.ps[m.curP] : null;
    m.curP = p;
    m.quantum = burst;
    if (m.hooks?.switched && prev !== m.ps[p]) m.hooks.switched(prev, m.ps[p]!);
    return true;
  }
}

function hasWaitingWork(m: Machine): boolean {
  return m.runq.length > 0 || m.runnext.some((g) => g !== null);
}

/** Moves sleepers whose time has come to the run queue, in wake-up order. */
function wakeSleepers(m: Machine): void {
  while (m.sleepers.length > 0 && m.sleepers[0].wakeAt <= m.clock) {
    const g = m.sleepers.shift()!;
    g.status = GStatus.Runnable;
    g.waitReason = null;
    m.runq.push(g);
    m.hooks?.goroutineReady?.(g, 'sleep');
  }
}

/** Go's sysmon preempts a goroutine that has run 10 ms while others wait: it goes to the back of the queue. */
function rotateTimeSlices(m: Machine): void {
  if (m.runq.length === 0) return;
  for (let p = 0; p < m.ps.length; p++) {
    const g = m.ps[p];
    if (g === null) continue;
    if (m.clock - g.sliceStart >= m.opts.timeSlice && m.runq.length > 0) {
      g.status = GStatus.Runnable;
      m.runq.push(g);
      m.ps[p] = null;
    }
  }
}

/** Gives every idle P work: its runnext, else the run queue's head, else another P's runnext. */
function fillIdlePs(m: Machine): void {
  for (let p = 0; p < m.ps.length; p++) {
    if (m.ps[p] !== null) continue;
    let g: Goroutine | null | undefined = m.runnext[p];
    if (g) m.runnext[p] = null;
    else g = m.runq.shift();
    if (!g) {
      const victim = m.runnext.findIndex((x) => x !== null);
      if (victim >= 0) {
        g = m.runnext[victim]!;
        m.runnext[victim] = null;
      }
    }
    if (!g) continue;
    g.status = GStatus.Running;
    g.sliceStart = m.clock;
    m.ps[p] = g;
  }
}
