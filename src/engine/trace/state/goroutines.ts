// The goroutines slice: every goroutine's life, state, place in the code and P at a trace position.
//
// Records are immutable: an event replaces a goroutine's record rather than editing it, so a view
// can memoise a row on the record's identity, and cloning the slice (a keyframe) copies only the
// Map, not the records. Reverting uses the before-values the events carry (lineBefore, funcBefore,
// the wait reason on unblocked, `from` on a switch) and, for P ownership, which the events do not
// carry, the ProcessorIndex built once per trace.
//
// States follow Go's goroutine dumps: `running` (it executes now, or holds a P as goroutines on
// other CPUs do), `runnable`, `blocked` with Go's wait reason (`chan receive`, `sync.Mutex.Lock`),
// and `done`. A goroutine preempted by its time slice gives its P up at goroutine.descheduled,
// so only goroutines on a P show as `running`. A fatal error stops the other CPUs: the recorder
// deschedules every goroutine on a P outside a runtime function, so at a crash the states are the
// dump's (`runnable`; `running` only for the failing goroutine and those caught inside the runtime).
import type { TraceEvent } from '../events.ts';
import { ProcessorIndex } from './processor-index.ts';
import type { StateSlice } from './slice.ts';

export type GoroutineStatus = 'running' | 'runnable' | 'blocked' | 'done';

export interface GoroutineInfo {
  readonly id: number;
  /** The goroutine whose `go` statement created it (0 for main). */
  readonly parent: number;
  /** Go's name of the creating function (`main.main`), '' for main. */
  readonly createdBy: string;
  /** Line of the `go` statement (0 for main). */
  readonly createdLine: number;
  /** Index of the goroutine.created event. */
  readonly createdAt: number;
  readonly done: boolean;
  /** Go's wait reason while blocked ('' otherwise). */
  readonly waitReason: string;
  /** Trace id of the lock/channel/WaitGroup it waits on (0 none or unknown). */
  readonly waitObj: number;
  /** Current function (`main.main.func1`), '' before its first statement. */
  readonly func: string;
  /** Frames on its stack at its current statement. */
  readonly depth: number;
  /** Current line (0 before its first statement). */
  readonly line: number;
  /** The P it holds, -1 when none. */
  readonly p: number;
  /** A runtime timer goroutine (id above 1,000,000), which Go's dumps do not show. */
  readonly hidden: boolean;
}

export interface GoroutinesState {
  /** By id, in creation order. */
  byId: Map<number, GoroutineInfo>;
  /** The goroutine executing at this position (0 before the first switch). */
  current: number;
  /** procs[p] is the goroutine holding P p (0 idle). */
  procs: number[];
}

/** The status a view shows for a goroutine. */
export function goroutineStatus(state: GoroutinesState, g: GoroutineInfo): GoroutineStatus {
  if (g.done) return 'done';
  if (g.waitReason !== '') return 'blocked';
  if (g.id === state.current || g.p >= 0) return 'running';
  return 'runnable';
}

const hiddenBase = 1_000_000;

function update(s: GoroutinesState, id: number, change: Partial<GoroutineInfo>): void {
  const g = s.byId.get(id);
  // A well-formed trace creates a goroutine before any other event about it; anything else is ignored.
  if (g !== undefined) s.byId.set(id, { ...g, ...change });
}

function setHolder(s: GoroutinesState, p: number, g: number): void {
  if (p < 0) return;
  while (s.procs.length <= p) s.procs.push(0);
  s.procs[p] = g;
}

/**
 * The slice for one trace: `index` supplies the P before-values for stepping back (ProcessorIndex.build(trace)).
 * @example const slice = goroutinesSlice(ProcessorIndex.build(trace));
 */
export function goroutinesSlice(index: ProcessorIndex = ProcessorIndex.empty()): StateSlice<GoroutinesState> {
  return {
    name: 'goroutines',
    init: () => ({ byId: new Map(), current: 0, procs: [] }),
    clone: (s) => ({ byId: new Map(s.byId), current: s.current, procs: s.procs.slice() }),

    apply(s, e) {
      switch (e.kind) {
        case 'goroutine.created':
          s.byId.set(e.g, {
            id: e.g, parent: e.parent, createdBy: e.createdBy, createdLine: e.line, createdAt: e.index,
            done: false, waitReason: '', waitObj: 0, func: '', depth: 0, line: 0, p: -1, hidden: e.g > hiddenBase,
          });
          break;
        case 'goroutine.line':
          update(s, e.g, { line: e.line });
          break;
        case 'goroutine.frame.changed':
          update(s, e.g, { func: e.func, depth: e.depth });
          break;
        case 'goroutine.blocked':
          releaseP(s, e.g);
          update(s, e.g, { waitReason: e.reason, waitObj: e.obj, p: -1 });
          break;
        case 'goroutine.unblocked':
          update(s, e.g, { waitReason: '', waitObj: 0 });
          break;
        case 'goroutine.ended':
          releaseP(s, e.g);
          update(s, e.g, { done: true, line: e.line, p: -1 });
          break;
        case 'goroutine.descheduled':
          releaseP(s, e.g);
          update(s, e.g, { p: -1 });
          break;
        case 'sched.switched': {
          releaseP(s, e.g);
          const prev = e.p >= 0 ? (s.procs[e.p] ?? 0) : 0;
          if (prev !== 0 && prev !== e.g) update(s, prev, { p: -1 });
          setHolder(s, e.p, e.g);
          update(s, e.g, { p: e.p });
          s.current = e.g;
          break;
        }
        default:
          break;
      }
    },

    revert(s, e) {
      switch (e.kind) {
        case 'goroutine.created':
          s.byId.delete(e.g);
          break;
        case 'goroutine.line':
          update(s, e.g, { line: e.lineBefore });
          break;
        case 'goroutine.frame.changed':
          update(s, e.g, { func: e.funcBefore, depth: e.depthBefore });
          break;
        case 'goroutine.blocked':
          update(s, e.g, { waitReason: '', waitObj: 0 });
          restoreP(s, e, index);
          break;
        case 'goroutine.unblocked':
          update(s, e.g, { waitReason: e.reason, waitObj: e.obj });
          break;
        case 'goroutine.ended':
          update(s, e.g, { done: false });
          restoreP(s, e, index);
          break;
        case 'goroutine.descheduled':
          restoreP(s, e, index);
          break;
        case 'sched.switched': {
          const before = index.before(e.index);
          const pBefore = before?.p ?? -1;
          const holder = before?.holder ?? 0;
          if (e.p >= 0) s.procs[e.p] = holder;
          if (holder !== 0 && holder !== e.g) update(s, holder, { p: e.p });
          update(s, e.g, { p: pBefore });
          setHolder(s, pBefore, e.g);
          s.current = e.from;
          break;
        }
        default:
          break;
      }
    },
  };
}

/** The goroutine gives up the P it holds (it blocked, ended, or moved to another P). */
function releaseP(s: GoroutinesState, id: number): void {
  const g = s.byId.get(id);
  if (g !== undefined && g.p >= 0 && s.procs[g.p] === id) s.procs[g.p] = 0;
}

function restoreP(s: GoroutinesState, e: TraceEvent, index: ProcessorIndex): void {
  const before = index.before(e.index);
  if (before === undefined || before.p < 0) return;
  update(s, e.g, { p: before.p });
  setHolder(s, before.p, before.holder);
}
