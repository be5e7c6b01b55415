// The trace recorder: the machine's hooks and the maps' event sink, writing into a TraceWriter.
//
// Attached only to traced runs; an untraced machine has hooks === null and its maps no sink,
// so it does no tracing work at all. Ids given here (maps m1, m2…; lock/channel objects) are
// assigned in order of first appearance in this run, so two runs of the same program and seed
// number them alike (the map model's own map and iterator ids come from process-wide counters). The runtime's
// hidden timer goroutines take ids from a process-wide counter too (runtime/std/timers.ts); the
// trace renumbers them 1000001, 1000002… in order of creation within the run.
import type { RaceReport } from '../race/report.ts';
import type { Goroutine, PanicState, PendingOp } from '../vm/goroutine.ts';
import { GoFatal } from '../vm/faults.ts';
import type { MachineHooks } from '../vm/hooks.ts';
import type { Machine } from '../vm/machine.ts';
import type { RuntimeServices } from '../vm/services.ts';
import type { MapEvent, MapEventSink } from '../runtime/map/map-events.ts';
import { eventCodes } from './events.ts';
import type { TraceWriter } from './writer.ts';
import { mapEventFields } from './map-fields.ts';
import { isTimerGoroutine } from '../runtime/std/timers.ts';
import type { SyncEventSink } from '../runtime/std/sync-events.ts';
import { SyncRecorder } from './sync-recorder.ts';
import type { SwissEvent, SwissEventSink } from '../runtime/swiss/swiss-events.ts';
import { swissEventFields } from './swiss-fields.ts';

const lineCode = eventCodes['goroutine.line'];
const writeBeganCode = eventCodes['map.write.began'];
const writeEndedCode = eventCodes['map.write.ended'];
const slotWrittenCode = eventCodes['map.slot.written'];
const elemStoredCode = eventCodes['map.elem.stored'];
const readCode = eventCodes['map.read'];

interface Where {
  line: number;
  /** The function's proto, compared by identity (cheaper than its name). */
  proto: unknown;
  func: string;
  depth: number;
}

export class TraceRecorder implements MachineHooks {
  /** Scheduler decisions so far: the step index of the events being written. */
  private step = 0;
  /** The goroutine that ran the last step (0 before the first). */
  private current = 0;
  /** The P each goroutine was last switched onto and is believed to hold (goroutine.descheduled). */
  private readonly onP = new Map<Goroutine, number>();
  /** Per goroutine: its last statement's line, function and call depth. */
  private readonly where = new Map<number, Where>();
  private readonly mapIds = new Map<number, number>();
  private readonly iterIds = new Map<number, number>();
  /** The model's map and iterator ids (process-wide counters) → this run's, in order of appearance. */
  private readonly ids = { map: (id: number) => renumber(this.mapIds, id), iter: (id: number) => renumber(this.iterIds, id) };
  private readonly objectIds = new WeakMap<object, number>();
  private nextObject = 1;
  private readonly timerIds = new WeakMap<Goroutine, number>();
  private nextTimer = 1_000_001;
  private readonly sink: MapEventSink;
  private m!: Machine;

  /** Locks, WaitGroups and channels (sync-recorder.ts). */
  private readonly syncRecorder: SyncRecorder;
  /** The program's source lines, to name locks and channels after the learner's variables. */
  private readonly lines: string[];

  constructor(
    readonly writer: TraceWriter,
    source = '',
  ) {
    this.sink = { emit: (e: MapEvent) => this.mapEvent(e) };
    this.lines = source.split('\n');
    this.syncRecorder = new SyncRecorder(writer, {
      step: () => this.step,
      running: () => this.running(),
      gid: (g) => this.gid(g),
      objectId: (o) => this.objectId(o),
      callSite: () => this.callSite(),
    });
  }

  /** Starts recording machine `m` (made with wrapServices' services); call before it runs. */
  attach(m: Machine): void {
    this.m = m;
    m.hooks = this;
    // The main goroutine exists before hooks can be attached.
    this.writer.append('goroutine.created', 0, this.gid(m.main), { parent: 0, line: 0, createdBy: '' });
  }

  goroutineCreated(g: Goroutine, parent: Goroutine): void {
    this.writer.append('goroutine.created', this.step, this.gid(g), { parent: this.gid(parent), line: g.createdAtLine, createdBy: g.createdBy ?? '' });
  }

  goroutineBlocked(g: Goroutine, reason: string): void {
    this.onP.delete(g);
    // The reason as the modelled Go version prints it (the machine set it), so the trace and the dump agree.
    this.writer.append('goroutine.blocked', this.step, this.gid(g), { reason: g.waitReason ?? reason, obj: this.objectId(g.parkedOn) });
  }

  goroutineReady(g: Goroutine, reason: string | null): void {
    this.writer.append('goroutine.unblocked', this.step, this.gid(g), { reason: reason ?? '', obj: this.objectId(g.parkedOn) });
  }

  goroutineEnded(g: Goroutine): void {
    this.onP.delete(g);
    const id = this.gid(g);
    this.writer.append('goroutine.ended', this.step, id, { line: this.where.get(id)?.line ?? 0 });
  }

  switched(_from: Goroutine | null, to: Goroutine): void {
    this.step++;
    this.reconcileProcs();
    const id = this.gid(to);
    if (id === this.current) {
      // The same goroutine again, unannounced: if it came back on another P, stop tracking it (the trace says it holds none).
      if (this.onP.get(to) !== this.m.curP) this.onP.delete(to);
      return;
    }
    this.onP.set(to, this.m.curP);
    this.writer.append('sched.switched', this.step, id, { from: this.current, p: this.m.curP });
    this.current = id;
  }

  statement(g: Goroutine, line: number): void {
    const w = this.writer;
    const id = this.gid(g);
    let at = this.where.get(id);
    if (at === undefined) this.where.set(id, (at = { line: 0, proto: null, func: '', depth: 0 }));
    const top = g.top;
    const depth = g.frames.length;
    if (top !== undefined && (top.proto !== at.proto || depth !== at.depth)) {
      w.append('goroutine.frame.changed', this.step, id, { func: top.proto.name, depth, funcBefore: at.func, depthBefore: at.depth });
      at.proto = top.proto;
      at.func = top.proto.name;
      at.depth = depth;
    }
    w.begin(lineCode, this.step, id);
    w.int(line);
    w.int(at.line);
    at.line = line;
  }

  output(fd: 1 | 2, bytes: string): void {
    this.writer.append('output.written', this.step, this.running(), { fd, text: bytes });
  }

  mapSink(): MapEventSink {
    return this.sink;
  }

  syncSink(): SyncEventSink {
    return this.syncRecorder;
  }

  // Swiss-table map (Go 1.24+), engineer H: every Swiss event through the generic path (swiss-fields.ts).
  private readonly swissSink: SwissEventSink<unknown, unknown> = {
    emit: (e: SwissEvent) => this.writer.append(e.kind, this.step, this.running(), swissEventFields(e, this.ids)),
  };

  swissMapSink(): SwissEventSink<unknown, unknown> {
    return this.swissSink;
  }

  /** The line the running goroutine's innermost Go function is on, and its source text. */
  private callSite(): { line: number; text: string } {
    const g = this.m.curP >= 0 ? this.m.ps[this.m.curP] : null;
    if (!g) return { line: 0, text: '' };
    for (let i = g.frames.length - 1; i >= 0; i--) {
      const f = g.frames[i];
      if (f.proto.std !== null) continue;
      const line = f.line();
      return { line, text: this.lines[line - 1] ?? '' };
    }
    return { line: 0, text: '' };
  }

  /** The runtime services with fatal errors and uncaught panics recorded before Go's report is printed. */
  wrapServices(base: RuntimeServices): RuntimeServices {
    const wrapped = Object.create(base) as RuntimeServices;
    wrapped.fatal = (m: Machine, g: Goroutine | null, message: string, std?: string): void => {
      this.reconcileProcs();
      this.freezeOthers(g);
      this.writer.append('fatal.raised', this.step, g ? this.gid(g) : 0, { message });
      // Go's report lets goroutines inside runtime functions on other CPUs take one more step
      // (crash-report.ts); wrapping their ops attributes that step's events to them and records
      // a second fatal error when one fails too.
      const saved: Array<[Goroutine, PendingOp]> = [];
      for (const other of m.ps) {
        if (other === null || other === g || other.op === null) continue;
        saved.push([other, other.op]);
        other.op = this.attributed(other.op);
      }
      try {
        base.fatal.call(wrapped, m, g, message, std);
      } finally {
        for (const [other, op] of saved) other.op = op;
      }
    };
    wrapped.unsupported = (m: Machine, g: Goroutine, message: string): void => {
      this.writer.append('unsupported.raised', this.step, this.gid(g), { message });
      base.unsupported.call(wrapped, m, g, message);
    };
    wrapped.uncaughtPanic = (m: Machine, g: Goroutine, p: PanicState): void => {
      this.writer.append('panic.raised', this.step, this.gid(g), { text: p.text });
      base.uncaughtPanic.call(wrapped, m, g, p);
    };
    return wrapped;
  }

  // race detector (engineer F): where the run is, kept per access; a report as an event.
  /** The step being recorded and the index of the last event written. */
  position(): { step: number; event: number } {
    return { step: this.step, event: this.writer.count - 1 };
  }

  raceReported(r: RaceReport): void {
    const c = r.current, p = r.previous;
    this.writer.append('race.reported', this.step, c.gid, {
      line: c.proto.lineAt(c.ip),
      op: c.write ? 'write' : 'read',
      prevG: p.gid,
      prevLine: p.proto.lineAt(p.ip),
      prevOp: p.write ? 'write' : 'read',
      prevStep: p.step,
      prevEvent: p.event,
    });
  }

  /** The last event of every traced run. */
  ended(exitCode: number, stopped: string): void {
    this.writer.close();
    if (stopped !== '') this.writer.append('budget.exhausted', this.step, this.running(), { message: stopped });
    this.writer.append('run.ended', this.step, 0, { exitCode, instructions: this.m.steps, stopped });
  }

  /** The goroutine whose op is being stepped out of turn (during a fatal report), or 0. */
  private actor = 0;

  private attributed(op: PendingOp): PendingOp {
    return {
      std: op.std,
      step: (g) => {
        this.actor = this.gid(g);
        try {
          return op.step(g);
        } catch (e) {
          if (e instanceof GoFatal) this.writer.append('fatal.raised', this.step, this.gid(g), { message: e.message });
          throw e;
        } finally {
          this.actor = 0;
        }
      },
    };
  }

  /**
   * Records goroutines that lost their P without blocking or ending (time-slice preemption), which
   * the machine does not announce: each tracked goroutine no longer on its P gets a
   * goroutine.descheduled event.
   */
  private reconcileProcs(): void {
    for (const [g, p] of this.onP) {
      if (this.m.ps[p] === g) continue;
      this.writer.append('goroutine.descheduled', this.step, this.gid(g), { p });
      this.onP.delete(g);
    }
  }

  /**
   * Go's fatal error stops the other CPUs (freezetheworld): a goroutine on another P outside any
   * runtime function is preempted, so the dump calls it `runnable` (crash-report.ts); only one
   * caught inside a runtime operation stays `running`. The trace says so with goroutine.descheduled.
   */
  private freezeOthers(failing: Goroutine | null): void {
    for (const [g, p] of this.onP) {
      if (g === failing || g.op !== null) continue;
      this.writer.append('goroutine.descheduled', this.step, this.gid(g), { p });
      this.onP.delete(g);
    }
  }

  private running(): number {
    if (this.actor !== 0) return this.actor;
    const g = this.m.curP >= 0 ? this.m.ps[this.m.curP] : null;
    return g ? this.gid(g) : 0;
  }

  /** A goroutine's id in the trace: Go's id, or a per-run number for a hidden timer goroutine. */
  private gid(g: Goroutine): number {
    if (g.id < 1_000_000 || !isTimerGoroutine(g)) return g.id;
    let id = this.timerIds.get(g);
    if (id === undefined) this.timerIds.set(g, (id = this.nextTimer++));
    return id;
  }

  private mapId(id: number): number {
    return renumber(this.mapIds, id);
  }

  private objectId(o: unknown): number {
    if (o === null || typeof o !== 'object') return 0;
    let id = this.objectIds.get(o);
    if (id === undefined) this.objectIds.set(o, (id = this.nextObject++));
    return id;
  }

  private mapEvent(e: MapEvent): void {
    const w = this.writer;
    // The five kinds every insert or lookup produces are written field by field (schema order,
    // events.ts); the rest go through the generic, slower path.
    switch (e.kind) {
      case 'map.write.began':
        w.begin(writeBeganCode, this.step, this.running());
        w.int(this.mapId(e.map));
        w.str(e.op);
        w.val(e.key);
        w.int(e.flagsBefore);
        w.int(e.flagsAfter);
        return;
      case 'map.write.ended':
        w.begin(writeEndedCode, this.step, this.running());
        w.int(this.mapId(e.map));
        w.str(e.op);
        w.int(e.flagsBefore);
        w.int(e.flagsAfter);
        return;
      case 'map.slot.written':
        w.begin(slotWrittenCode, this.step, this.running());
        w.int(this.mapId(e.map));
        w.int(e.at.bucket);
        w.int(e.at.slot);
        w.int(e.tophashBefore);
        w.int(e.tophashAfter);
        w.val(e.keyBefore);
        w.val(e.keyAfter);
        w.int(e.countBefore);
        w.int(e.countAfter);
        return;
      case 'map.elem.stored':
        w.begin(elemStoredCode, this.step, this.running());
        w.int(this.mapId(e.map));
        w.int(e.at.bucket);
        w.int(e.at.slot);
        w.val(e.before);
        w.val(e.after);
        return;
      case 'map.read':
        w.begin(readCode, this.step, this.running());
        w.int(this.mapId(e.map));
        w.val(e.key);
        w.bool(e.found);
        w.int(e.at ? e.at.bucket : -1);
        w.int(e.at ? e.at.slot : -1);
        return;
      default:
        w.append(e.kind, this.step, this.running(), mapEventFields(e, this.ids));
    }
  }
}

/** The run's own number for `id`: 1, 2, … in order of first appearance. */
function renumber(seen: Map<number, number>, id: number): number {
  let t = seen.get(id);
  if (t === undefined) seen.set(id, (t = seen.size + 1));
  return t;
}
