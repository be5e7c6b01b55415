// The machine: all state of one run — goroutines, Ps, run queue, timers, clock, budgets, output.
//
// A run is deterministic: the same program, options and seed give the same steps, output and
// schedule. Nothing here reads a clock or an unseeded random source (DESIGN.md rule 2).
import { defaultMaxHeapWords } from './heap-budget.ts';
import { Frame } from './frame.ts';
import { Goroutine, GStatus } from './goroutine.ts';
import { waitReasonIn } from './wait-reason.ts';
import type { SchedulePolicy } from './policies/policy.ts';
import { RandomPolicy } from './policies/random.ts';
import { Rand } from './rand.ts';
import { Closure } from './values.ts';
import type { FuncProto } from './proto.ts';
import type { NativeFn } from './native.ts';
import type { MachineHooks } from './hooks.ts';
import type { RuntimeServices } from './services.ts';
import type { RaceHooks } from './race-hooks.ts';

export interface MachineOptions {
  seed: number;
  /** GOMAXPROCS. */
  procs: number;
  policy: SchedulePolicy;
  /** Instruction budget for the whole run. */
  maxSteps: number;
  /** Words (8 bytes) a run may allocate in total (vm/heap-budget.ts). */
  maxHeapWords: number;
  /** The Go minor version modelled (23 for Go 1.23): the map design, wait reasons and dump frames follow it. */
  goMinor: number;
  /** The map design `make` builds, derived from goMinor: Go ≤ 1.23's bucket map or Go 1.24+'s Swiss table. */
  readonly mapDesign: 'bucket' | 'swiss';
  /** Live goroutine limit. */
  maxGoroutines: number;
  /** Frame depth limit per goroutine (Go's 1 GB stack limit, in frames). */
  maxFrames: number;
  /** Virtual nanoseconds of CPU time a goroutine may run before Go's sysmon preempts it (10 ms). */
  timeSlice: number;
  /** First id given to a user goroutine after main (Go's runtime takes a few ids for itself). */
  firstGoroutineId: number;
}

export const defaultOptions: MachineOptions = {
  seed: 1,
  procs: 8,
  policy: new RandomPolicy(),
  maxSteps: 50_000_000,
  mapDesign: 'bucket',
  goMinor: 23,
  maxHeapWords: defaultMaxHeapWords,
  maxGoroutines: 10_000,
  maxFrames: 10_000,
  timeSlice: 10_000_000,
  firstGoroutineId: 2,
};

export type MachineState =
  | { kind: 'running' }
  /** Manual scheduling: waiting for the learner to pick one of these goroutines. */
  | { kind: 'paused'; offered: readonly number[] }
  | { kind: 'exited'; code: number }
  | { kind: 'budget'; message: string };

export interface Program {
  main: FuncProto;
  /** How the program ends on panics, fatal errors and unsupported operations. */
  runtime: RuntimeServices;
  /** Package initialisation (var initialisers, init funcs), run on goroutine 1 before main; optional. */
  init?: FuncProto;
  natives: NativeFn[];
}

export class Machine {
  readonly rand: Rand;
  readonly opts: MachineOptions;
  state: MachineState = { kind: 'running' };

  /** Virtual time in nanoseconds: each instruction costs 1 ns; sleeping jumps ahead. */
  clock = 0;
  steps = 0;
  /** Words allocated so far (heap-budget.ts). */
  heapWords = 0;
  nextId: number;
  readonly all: Goroutine[] = [];
  live = 0;

  /** ps[i]: the goroutine running on P i, or null when P i is idle. */
  readonly ps: (Goroutine | null)[];
  /** Go's per-P runnext slot: the goroutine that runs next on that P (newly created or readied). */
  readonly runnext: (Goroutine | null)[];
  /** Runnable goroutines not on a P, FIFO (Go's global and local queues folded into one). */
  readonly runq: Goroutine[] = [];
  /** Sleeping goroutines, kept sorted by (wakeAt, seq). */
  readonly sleepers: Goroutine[] = [];

  /** The P whose goroutine is executing, and the preemption points left in its burst. */
  curP = -1;
  quantum = 0;
  /** Virtual time when the current goroutine got its P (for the time slice). */
  sliceStart = 0;

  /** Every multi-candidate decision as flat pairs [g, quantum, …]: replaying them reproduces the run. */
  readonly schedule: number[] = [];

  /** Bytes written to standard output and standard error, as strings of byte values (0–255). */
  stdout = '';
  stderr = '';
  hooks: MachineHooks | null = null;
  /** The race detector of a `-race` run (race/detector.ts); null otherwise (no cost). */
  race: RaceHooks | null = null;
  readonly main: Goroutine;
  readonly runtime: RuntimeServices;

  constructor(
    readonly program: Program,
    options: Partial<MachineOptions> = {},
  ) {
    const goMinor = options.goMinor ?? defaultOptions.goMinor;
    // The design follows the version (Go 1.24 made the Swiss table the map), so the two never disagree.
    this.opts = { ...defaultOptions, ...options, goMinor, mapDesign: goMinor >= 24 ? 'swiss' : 'bucket' };
    this.rand = new Rand(this.opts.seed);
    this.runtime = program.runtime;
    const procs = Math.max(1, Math.floor(this.opts.procs));
    this.ps = new Array(procs).fill(null);
    this.runnext = new Array(procs).fill(null);
    this.nextId = this.opts.firstGoroutineId;
    this.main = new Goroutine(1, null, 0, 0);
    this.pushFrame(this.main, new Closure(program.main, []), [], -1);
    if (program.init) this.pushFrame(this.main, new Closure(program.init, []), [], -1);
    this.all.push(this.main);
    this.live = 1;
    this.ps[0] = this.main;
    this.main.status = GStatus.Running;
  }

  get procs(): number {
    return this.ps.length;
  }

  /** Pushes a call frame; arguments fill the first registers. */
  pushFrame(g: Goroutine, fn: Closure, args: readonly unknown[], retDest: number): Frame {
    const f = new Frame(fn, fn.proto.nregs);
    for (let i = 0; i < args.length; i++) f.regs[i] = args[i];
    f.retDest = retDest;
    g.frames.push(f);
    return f;
  }

  /** Creates a goroutine for `go fn(args)`: it goes into the creating P's runnext, as Go's newproc does. */
  spawn(parent: Goroutine, fn: Closure, args: readonly unknown[], line: number, creatorName: string): Goroutine {
    const g = new Goroutine(this.nextId++, creatorName, line, parent.id);
    this.pushFrame(g, fn, args, -1);
    this.all.push(g);
    this.live++;
    const p = this.curP >= 0 ? this.curP : 0;
    const kicked = this.runnext[p];
    if (kicked) this.runq.push(kicked);
    this.runnext[p] = g;
    this.wakeIdleP();
    if (this.race !== null) this.race.goStart(parent, g);
    this.hooks?.goroutineCreated?.(g, parent);
    return g;
  }

  /** Makes a waiting goroutine runnable again (Go's goready: into the current P's runnext). */
  ready(g: Goroutine): void {
    if (g.status !== GStatus.Waiting) return;
    const reason = g.waitReason;
    g.status = GStatus.Runnable;
    g.waitReason = null;
    const p = this.curP >= 0 ? this.curP : 0;
    const kicked = this.runnext[p];
    if (kicked) this.runq.push(kicked);
    this.runnext[p] = g;
    this.wakeIdleP();
    this.hooks?.goroutineReady?.(g, reason);
  }

  /** New work while a P is idle (Go's wakep): end the current burst so the idle P starts it at once. */
  private wakeIdleP(): void {
    if (this.ps.length > 1 && this.ps.includes(null)) this.quantum = Math.min(this.quantum, 1);
  }

  /** Parks the running goroutine with a Go wait reason; the scheduler gives its P to another. */
  park(g: Goroutine, reason: NonNullable<Goroutine['waitReason']>, parkedOn: unknown = null): void {
    g.status = GStatus.Waiting;
    g.waitReason = waitReasonIn(reason, this.opts.goMinor);
    g.waitSince = this.clock;
    g.parkedOn = parkedOn;
    this.hooks?.goroutineBlocked?.(g, reason);
  }

  /** Puts the running goroutine to sleep until clock + ns (time.Sleep). */
  sleep(g: Goroutine, ns: number): void {
    this.park(g, 'sleep');
    g.wakeAt = this.clock + Math.max(0, ns);
    let i = this.sleepers.length;
    while (i > 0 && this.sleepers[i - 1].wakeAt > g.wakeAt) i--;
    this.sleepers.splice(i, 0, g);
  }

  write(fd: 1 | 2, bytes: string): void {
    if (fd === 1) this.stdout += bytes;
    else this.stderr += bytes;
    this.hooks?.output?.(fd, bytes);
  }

  /** Goroutines that are not dead, in id order (for dumps and views). */
  liveGoroutines(): Goroutine[] {
    return this.all.filter((g) => g.status !== GStatus.Dead).sort((a, b) => a.id - b.id);
  }
}
