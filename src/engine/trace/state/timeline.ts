// The timeline model: one lane per goroutine across the whole run, built once per trace.
//
// A lane is a run-length list of states over event indices (segment k covers [starts[k],
// starts[k+1]), the last one to the end of the trace) and a list of bars: intervals where the
// goroutine was inside a map operation (write window, read, range) or waited for / held a lock.
// Both are typed arrays, so a run of a million events costs a few bytes per state change, and
// the view aggregates them per pixel column (timeline-columns.ts) instead of drawing events.
//
// States follow the goroutines slice (goroutines.ts) so the two views agree: `executing` is the
// goroutine the scheduler switched to last (what this step runs), `running` a goroutine holding
// another P (Go would show it running on another CPU), then `runnable`, `blocked` (with Go's wait
// reason) and `done`; `absent` before it is created.
import { eventCodes, eventNames } from '../events.ts';
import type { TraceReader } from '../reader.ts';
import { isLockWait } from './narrate-phrases.ts';

/** A lane's state codes (stored in a Uint8Array). Plain constants: the UI bundles this file. */
export const LaneState = { Absent: 0, Executing: 1, Running: 2, Runnable: 3, Blocked: 4, Done: 5 } as const;
export type LaneState = (typeof LaneState)[keyof typeof LaneState];

/** What a bar marks. */
export const BarKind = { MapWrite: 1, MapRead: 2, MapRange: 3, LockWait: 4, LockHeld: 5 } as const;
export type BarKind = (typeof BarKind)[keyof typeof BarKind];

export interface TimelineLane {
  g: number;
  /** A runtime timer goroutine (id above 1,000,000): views may hide it, as Go's dumps do. */
  hidden: boolean;
  createdAt: number;
  /** Index of goroutine.ended, or -1 if it never ended. */
  endedAt: number;
  createdBy: string;
  starts: Int32Array;
  states: Uint8Array;
  /** Wait reason of each segment ('' unless blocked). */
  reasons: string[];
  barFrom: Int32Array;
  /** Exclusive end; the trace length for a bar still open when the run ended. */
  barTo: Int32Array;
  barKind: Uint8Array;
  /** The map id (map bars) or lock object id (lock bars). */
  barObj: Int32Array;
  /** How often the scheduler switched to it, and how often it blocked. */
  switchesIn: number;
  blocks: number;
}

/** Where the run stopped abnormally: a fatal error, an uncaught panic or a lab stop. */
export interface TimelineMark {
  index: number;
  g: number;
  kind: 'fatal' | 'panic' | 'stopped';
  message: string;
}

export interface TimelineModel {
  /** Events in the trace: the x axis runs over [0, length). */
  length: number;
  /** In order of creation. */
  lanes: TimelineLane[];
  marks: TimelineMark[];
}

/** A growable lane while the model is built. */
class LaneBuilder {
  starts: number[] = [];
  states: number[] = [];
  reasons: string[] = [];
  bars: number[] = [];
  endedAt = -1;
  switchesIn = 0;
  blocks = 0;
  /** Derived-state inputs. */
  waitReason = '';
  done = false;
  p = -1;
  /** Open bars by key (barKey: kind and map, iterator or lock id) → [kind, obj, start]. */
  open = new Map<number, [BarKind, number, number]>();

  constructor(readonly g: number, readonly createdAt: number, readonly createdBy: string) {}

  push(at: number, state: LaneState, reason: string): void {
    const n = this.states.length;
    if (n > 0 && this.states[n - 1] === state && this.reasons[n - 1] === reason) return;
    if (n > 0 && this.starts[n - 1] === at) {
      // Two changes at one index: the later one is what the goroutine is in after the event.
      this.states[n - 1] = state;
      this.reasons[n - 1] = reason;
      if (n > 1 && this.states[n - 2] === state && this.reasons[n - 2] === reason) {
        this.starts.pop();
        this.states.pop();
        this.reasons.pop();
      }
      return;
    }
    this.starts.push(at);
    this.states.push(state);
    this.reasons.push(reason);
  }

  openBar(key: number, kind: BarKind, obj: number, at: number): void {
    if (!this.open.has(key)) this.open.set(key, [kind, obj, at]);
  }

  closeBar(key: number, to: number): void {
    const b = this.open.get(key);
    if (b === undefined) return;
    this.open.delete(key);
    this.bars.push(b[2], Math.max(to, b[2] + 1), b[0], b[1]);
  }

  finish(length: number): TimelineLane {
    for (const key of [...this.open.keys()]) this.closeBar(key, length);
    // Bars sorted by start, so a view can binary-search a column's bars.
    const order = Array.from({ length: this.bars.length / 4 }, (_, k) => k).sort((a, b) => this.bars[a * 4] - this.bars[b * 4]);
    const col = (o: number) => order.map((k) => this.bars[k * 4 + o]);
    return {
      g: this.g, hidden: this.g > 1_000_000, createdAt: this.createdAt, endedAt: this.endedAt, createdBy: this.createdBy,
      starts: Int32Array.from(this.starts), states: Uint8Array.from(this.states), reasons: this.reasons,
      barFrom: Int32Array.from(col(0)), barTo: Int32Array.from(col(1)), barKind: Uint8Array.from(col(2)), barObj: Int32Array.from(col(3)),
      switchesIn: this.switchesIn, blocks: this.blocks,
    };
  }
}

/** One number per open bar: its kind and the id it is about (ids are positive int32s). */
function barKey(kind: BarKind, id: number): number {
  return id * 8 + kind;
}

/** Field reads for kinds that may or may not be in the schema yet (lock.* arrive with the sync slice). */
type Fields = Record<string, unknown>;

/**
 * The timeline of a whole trace. One pass; decodes only the events that change a lane.
 * @example const t = buildTimeline(reader); t.lanes[0].g // 1
 */
export function buildTimeline(reader: TraceReader): TimelineModel {
  const b = timelineBuilder(reader);
  while (!b.advance(Number.MAX_SAFE_INTEGER));
  return b.model();
}

/** A timeline built in slices, so a UI can spread a long trace over several tasks. */
export interface TimelineBuilder {
  /** Folds up to `events` more events; true when the whole trace is done. */
  advance(events: number): boolean;
  /** Events folded so far. */
  readonly done: number;
  /** The finished model (call after advance answered true). */
  model(): TimelineModel;
}

export function timelineBuilder(reader: TraceReader): TimelineBuilder {
  const lanes = new Map<number, LaneBuilder>();
  const marks: TimelineMark[] = [];
  const procs: number[] = [];
  let current = 0;
  const lockTypes = new Map<number, string>();
  const lineCode = eventCodes['goroutine.line'];
  const frameCode = eventCodes['goroutine.frame.changed'];
  const outputCode = eventCodes['output.written'];

  const state = (l: LaneBuilder): LaneState => {
    if (l.done) return LaneState.Done;
    if (l.waitReason !== '') return LaneState.Blocked;
    if (l.g === current) return LaneState.Executing;
    return l.p >= 0 ? LaneState.Running : LaneState.Runnable;
  };
  const refresh = (g: number, at: number) => {
    const l = lanes.get(g);
    if (l !== undefined) l.push(at, state(l), l.waitReason);
  };
  const releaseP = (l: LaneBuilder) => {
    if (l.p >= 0 && procs[l.p] === l.g) procs[l.p] = 0;
    l.p = -1;
  };

  // Fields are read straight from the int stream ([kind, step, g, fields…] in schema order, see
  // events.ts): decoding an object per event would dominate the cost on long runs.
  const { data, offsets, strings } = reader.trace;
  let next = 0;
  const advance = (budget: number): boolean => {
    const end = Math.min(reader.length, next + Math.max(1, budget));
    for (let i = next; i < end; i++) {
      const code = data[offsets[i]];
      // The bulk of a trace: statements and output change no lane.
      if (code === lineCode || code === frameCode || code === outputCode) continue;
      const kind = eventNames[code];
      const g = data[offsets[i] + 2];
      const lane = lanes.get(g);
      const f = offsets[i] + 3;
      switch (kind) {
        case 'goroutine.created': {
          const l = new LaneBuilder(g, i, strings[data[f + 2]]);
          lanes.set(g, l);
          l.push(i, state(l), '');
          break;
        }
        case 'sched.switched': {
          const e = { from: data[f], p: data[f + 1] };
          const before = current;
          current = g;
          if (lane !== undefined) {
            lane.switchesIn++;
            releaseP(lane);
            const holder = e.p >= 0 ? (procs[e.p] ?? 0) : 0;
            const prev = lanes.get(holder);
            if (prev !== undefined && holder !== g) prev.p = -1;
            if (e.p >= 0) {
              while (procs.length <= e.p) procs.push(0);
              procs[e.p] = g;
            }
            lane.p = e.p;
            refresh(holder, i);
          }
          refresh(before, i);
          refresh(g, i);
          break;
        }
        case 'goroutine.blocked':
        case 'goroutine.unblocked': {
          if (lane === undefined) break;
          const e = { reason: strings[data[f]], obj: data[f + 1] };
          if (kind === 'goroutine.blocked') {
            lane.blocks++;
            lane.waitReason = e.reason;
            releaseP(lane);
            if (isLockWait(e.reason)) lane.openBar(barKey(BarKind.LockWait, e.obj), BarKind.LockWait, e.obj, i);
          } else {
            lane.waitReason = '';
            lane.closeBar(barKey(BarKind.LockWait, e.obj), i + 1);
          }
          refresh(g, i);
          break;
        }
        case 'goroutine.ended':
          if (lane === undefined) break;
          lane.done = true;
          lane.endedAt = i;
          releaseP(lane);
          refresh(g, i);
          break;
        // A Swiss map (Go 1.24+) has the same write window (its `writing` toggle), reads and ranges;
        // its events store the map id first too.
        case 'map.write.began':
        case 'map.write.ended':
        case 'swiss.write.began':
        case 'swiss.write.ended': {
          const map = data[f];
          if (kind === 'map.write.began' || kind === 'swiss.write.began') lane?.openBar(barKey(BarKind.MapWrite, map), BarKind.MapWrite, map, i);
          else lane?.closeBar(barKey(BarKind.MapWrite, map), i + 1);
          break;
        }
        case 'map.read':
        case 'swiss.read': {
          const map = data[f];
          lane?.bars.push(i, i + 1, BarKind.MapRead, map);
          break;
        }
        case 'map.iter.started':
        case 'map.iter.finished':
        case 'swiss.iter.started':
        case 'swiss.iter.finished': {
          const e = { map: data[f], iter: data[f + 1] };
          const key = barKey(BarKind.MapRange, e.iter);
          if (kind === 'map.iter.started' || kind === 'swiss.iter.started') lane?.openBar(key, BarKind.MapRange, e.map, i);
          // The goroutine that started a range finishes it; look further only in an odd trace.
          else if (lane?.open.has(key)) lane.closeBar(key, i + 1);
          else for (const l of lanes.values()) l.closeBar(key, i + 1);
          break;
        }
        case 'fatal.raised':
        case 'panic.raised':
        case 'budget.exhausted':
        case 'unsupported.raised': {
          const e = reader.get(i) as unknown as Fields;
          const message = String(e.message ?? e.text ?? '');
          marks.push({ index: i, g, kind: kind === 'fatal.raised' ? 'fatal' : kind === 'panic.raised' ? 'panic' : 'stopped', message });
          break;
        }
        default:
          // A time-slice preemption (named as a string: the kind is newer than this file's tests).
          if ((kind as string) === 'goroutine.descheduled') {
            if (lane !== undefined) releaseP(lane);
            refresh(g, i);
          } else lockEvent(kind, reader, i, g, lanes, lockTypes);
      }
    }
    next = end;
    return next >= reader.length;
  };
  return {
    advance,
    get done() {
      return next;
    },
    model: () => ({ length: reader.length, lanes: [...lanes.values()].map((l) => l.finish(reader.length)), marks }),
  };
}

/** Lock ownership from the sync slice's lock.* kinds (Mutex and RWMutex only; WaitGroups hold nothing). */
function lockEvent(kind: string, reader: TraceReader, i: number, g: number, lanes: Map<number, LaneBuilder>, lockTypes: Map<number, string>): void {
  if (!kind.startsWith('lock.')) return;
  const e = reader.get(i) as unknown as Fields;
  const obj = Number(e.obj);
  if (kind === 'lock.seen') {
    lockTypes.set(obj, String(e.type));
    return;
  }
  if (lockTypes.get(obj) === 'WaitGroup') return;
  if (kind === 'lock.acquired') lanes.get(g)?.openBar(barKey(BarKind.LockHeld, obj), BarKind.LockHeld, obj, i);
  if (kind === 'lock.released') {
    const holder = Number(e.holder) || g;
    lanes.get(holder)?.closeBar(barKey(BarKind.LockHeld, obj), i + 1);
  }
}

/** The lane's state just after event `index` (Absent before it was created). */
export function laneStateAt(lane: TimelineLane, index: number): { state: LaneState; reason: string } {
  let lo = 0;
  let hi = lane.starts.length - 1;
  if (hi < 0 || index < lane.starts[0]) return { state: LaneState.Absent, reason: '' };
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lane.starts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return { state: lane.states[lo] as LaneState, reason: lane.reasons[lo] };
}
