// The race detector: happens-before tracking over goroutines and shadow state per memory location.
//
// Modelled on Go's -race (ThreadSanitizer v3, go-facts.md §9): every goroutine has a vector clock;
// sync objects (a mutex, a channel's buffer slot, an atomic's address) keep clocks too; an acquire
// joins the object's clock into the goroutine's, a release stores or merges the goroutine's clock
// into the object's and starts a new epoch of the goroutine. Each memory access is checked against
// the location's shadow (shadow.ts) and reported at once, in Go's format (report.ts), the first
// time its pair of stacks is seen, as tsan's suppress_equal_stacks does. The report count and
// the exit status 66 are the caller's business (run-source.ts).
//
// The VM feeds it through Machine.race (vm/race-hooks.ts): memory accesses from the instrumented
// opcodes, `go` statements from Machine.spawn. Runtime natives feed it through race/natives.ts
// (sync objects, maps, atomics, element reads) and race/chan-edges.ts (channels).
import type { Goroutine } from '../vm/goroutine.ts';
import { GStatus } from '../vm/goroutine.ts';
import type { Machine } from '../vm/machine.ts';
import type { RaceHooks } from '../vm/race-hooks.ts';
import { ElemRef } from '../runtime/values/elem-ref.ts';
import { copyClock, join, releaseStoreAcquire, type VectorClock } from './vector-clock.ts';
import { Access, Shadow, clear, conflicting, record, sameEpoch, type FrameRef } from './shadow.ts';
import { formatRace, stackKey, type RaceReport } from './report.ts';
import { MapElems } from './map-elems.ts';

/** What the detector knows about one goroutine (tsan's ThreadState). */
class Thread {
  /** The goroutine's stack where its `go` statement ran (empty for main). */
  created: FrameRef[] = [];
  cacheTop: unknown = null;
  cacheCallers: readonly FrameRef[] = [];
  /** The goroutine's last access record, reused while nothing in it changes. */
  last: Access | null = null;
  constructor(
    readonly tid: number,
    readonly g: Goroutine,
    readonly clock: VectorClock,
  ) {}
}

const NO_FRAMES: readonly FrameRef[] = [];

/** Where a traced run is when an access happens, so a report can point at both steps. */
export interface TracePosition {
  step: number;
  event: number;
}

export interface RaceDetectorOptions {
  fileName: string;
  /** The trace position now (traced runs); accesses keep it so the report can link both steps. */
  position?: () => TracePosition;
  /** Called after each report is printed (the trace records it). */
  onReport?: (r: RaceReport) => void;
}

export class RaceDetector implements RaceHooks {
  private readonly threads = new Map<Goroutine, Thread>();
  private nextTid = 0;
  private lastG: Goroutine | null = null;
  private lastT: Thread | null = null;
  private readonly shadows = new WeakMap<object, Shadow | Shadow[]>();
  private readonly syncClocks = new WeakMap<object, Map<number | string, VectorClock>>();
  /** Unordered pairs of stacks already reported (tsan's racy_stacks). */
  private readonly reported = new Set<string>();
  /** Map entries' element slots (map-elems.ts). */
  readonly mapElems = new MapElems();
  /** Reports printed so far (Go's `Found N data race(s)`). */
  count = 0;
  readonly reports: RaceReport[] = [];

  constructor(
    readonly m: Machine,
    readonly opts: RaceDetectorOptions,
  ) {}

  // ---- goroutines and clocks

  private thread(g: Goroutine): Thread {
    if (g === this.lastG) return this.lastT!;
    let t = this.threads.get(g);
    if (t === undefined) {
      // A goroutine the VM created without spawn (the runtime's timer goroutines) starts from its creator's clock.
      const creator = g.createdByG > 0 ? this.m.all.find((x) => x.id === g.createdByG) : undefined;
      const ct = creator !== undefined ? this.threads.get(creator) : undefined;
      t = new Thread(this.nextTid++, g, ct !== undefined ? copyClock(ct.clock) : []);
      t.clock[t.tid] = 1;
      this.threads.set(g, t);
    }
    this.lastG = g;
    this.lastT = t;
    return t;
  }

  goStart(parent: Goroutine, g: Goroutine): void {
    const p = this.thread(parent);
    const t = new Thread(this.nextTid++, g, copyClock(p.clock));
    t.clock[t.tid] = 1;
    t.created = this.stackOf(parent);
    this.threads.set(g, t);
    p.clock[p.tid]++;
  }

  /** g acquires what the sync object (obj, sub) has seen. */
  acquire(g: Goroutine, obj: object, sub: number | string = 0): void {
    const c = this.syncClocks.get(obj)?.get(sub);
    if (c !== undefined) join(this.thread(g).clock, c);
  }

  /** Go's racerelease (tsan ReleaseStore): the object's clock becomes g's. */
  release(g: Goroutine, obj: object, sub: number | string = 0): void {
    const t = this.thread(g);
    this.clocksOf(obj).set(sub, copyClock(t.clock));
    t.clock[t.tid]++;
  }

  /** Go's racereleasemerge: the object's clock also covers g's (WaitGroup.Done, RWMutex.RUnlock). */
  releaseMerge(g: Goroutine, obj: object, sub: number | string = 0): void {
    const t = this.thread(g);
    const map = this.clocksOf(obj);
    const c = map.get(sub);
    if (c === undefined) map.set(sub, copyClock(t.clock));
    else join(c, t.clock);
    t.clock[t.tid]++;
  }

  /** Go's racereleaseacquire on a buffered channel slot (vector-clock.ts releaseStoreAcquire). */
  releaseStoreAcquire(g: Goroutine, obj: object, sub: number | string): void {
    const t = this.thread(g);
    const map = this.clocksOf(obj);
    let c = map.get(sub);
    if (c === undefined) map.set(sub, (c = []));
    releaseStoreAcquire(t.clock, c);
    t.clock[t.tid]++;
  }

  private clocksOf(obj: object): Map<number | string, VectorClock> {
    let m = this.syncClocks.get(obj);
    if (m === undefined) this.syncClocks.set(obj, (m = new Map()));
    return m;
  }

  // ---- memory accesses

  access(g: Goroutine, obj: unknown, index: number, write: boolean, ip: number): void {
    if (index < 0) {
      // Through a pointer: a variable (Cell) or a field or element (ElemRef).
      if (obj instanceof ElemRef) this.accessAt(g, obj.obj, obj.index, write, ip, null);
      else if (obj !== null && typeof obj === 'object') this.accessAt(g, obj, 0, write, ip, null);
      return;
    }
    if (obj !== null && typeof obj === 'object') this.accessAt(g, obj, index, write, ip, null);
  }

  /**
   * Checks and records one access of location (obj, index) by g at instruction ip of its top frame.
   * `runtimeFn` names the runtime function Go shows on top of the stack (map accesses).
   */
  accessAt(g: Goroutine, obj: object, index: number, write: boolean, ip: number, runtimeFn: string | null): void {
    const t = this.thread(g);
    const s = this.shadowOf(obj, index);
    const epoch = t.clock[t.tid];
    if (sameEpoch(s, t.tid, epoch, write)) return;
    const top = g.frames[g.frames.length - 1];
    if (top === undefined) return;
    const callers = this.callersOf(t);
    // Accesses are immutable: one made by the same instruction in the same epoch is shared
    // between locations (a loop filling a slice makes one, not one per element).
    let cur = t.last;
    if (cur === null || cur.epoch !== epoch || cur.ip !== ip || cur.write !== write || cur.proto !== top.proto || cur.callers !== callers || cur.runtimeFn !== runtimeFn || this.opts.position !== undefined) {
      const pos = this.opts.position?.();
      cur = new Access(t.tid, epoch, write, g.id, callers, top.proto, ip, runtimeFn, pos?.step ?? -1, pos?.event ?? -1);
      t.last = cur;
    }
    const prev = conflicting(s, cur, t.clock);
    if (prev === null) {
      record(s, cur, t.clock);
      return;
    }
    clear(s);
    this.report(cur, prev);
  }

  private shadowOf(obj: object, index: number): Shadow {
    const got = this.shadows.get(obj);
    if (Array.isArray(obj)) {
      let arr = got as Shadow[] | undefined;
      if (arr === undefined) this.shadows.set(obj, (arr = []));
      let s = arr[index];
      if (s === undefined) arr[index] = s = new Shadow();
      return s;
    }
    let s = got as Shadow | undefined;
    if (s === undefined) this.shadows.set(obj, (s = new Shadow()));
    return s;
  }

  // ---- stacks

  /** Callers of g's top frame, outermost first, cached while the top frame stays the same. */
  private callersOf(t: Thread): readonly FrameRef[] {
    const frames = t.g.frames;
    if (frames.length <= 1) return NO_FRAMES;
    const top = frames[frames.length - 1];
    if (t.cacheTop === top) return t.cacheCallers;
    const out: FrameRef[] = [];
    for (let i = 0; i < frames.length - 1; i++) out.push({ proto: frames[i].proto, ip: frames[i].pc - 1 });
    t.cacheTop = top;
    t.cacheCallers = out;
    return out;
  }

  /** g's whole stack now, outermost first (its top frame at the instruction being executed). */
  private stackOf(g: Goroutine): FrameRef[] {
    return g.frames.map((f) => ({ proto: f.proto, ip: f.pc - 1 }));
  }

  // ---- reports

  private report(cur: Access, prev: Access): void {
    const a = stackKey(cur), b = stackKey(prev);
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const goroutine = (tid: number) => {
      for (const t of this.threads.values()) if (t.tid === tid) return t;
      return null;
    };
    const ct = goroutine(cur.tid), pt = goroutine(prev.tid);
    const r: RaceReport = {
      current: cur,
      previous: prev,
      goroutines: [ct, pt]
        .filter((t): t is Thread => t !== null && t.g !== this.m.main)
        .map((t) => ({ gid: t.g.id, finished: t.g.status === GStatus.Dead, created: t.created })),
      text: '',
    };
    r.text = formatRace(r, this.opts.fileName);
    this.count++;
    this.reports.push(r);
    this.m.write(2, r.text);
    this.opts.onReport?.(r);
  }
}
