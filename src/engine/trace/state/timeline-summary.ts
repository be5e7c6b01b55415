// The timeline as text: one line per goroutine and one per crash, for screen readers and for the
// learner who prefers reading to scanning lanes.
import { BarKind, LaneState, type TimelineLane, type TimelineModel } from './timeline.ts';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `g3, created by main.main at event 26: ran 4 times, blocked twice (sync.Mutex.Lock), 3 map writes; done at event 70.` */
export function laneSummary(lane: TimelineLane): string {
  const head = lane.createdBy ? `g${lane.g}, created by ${lane.createdBy} at event ${lane.createdAt}` : `g${lane.g} (main)`;
  const parts = [`scheduled ${plural(lane.switchesIn, 'time')}`];
  if (lane.blocks > 0) {
    const reasons = new Set<string>();
    lane.states.forEach((s, k) => {
      if (s === LaneState.Blocked) reasons.add(lane.reasons[k]);
    });
    parts.push(`blocked ${plural(lane.blocks, 'time')} (${[...reasons].join(', ')})`);
  }
  const count = (kind: BarKind) => lane.barKind.reduce((n, k) => n + (k === kind ? 1 : 0), 0);
  const writes = count(BarKind.MapWrite);
  const reads = count(BarKind.MapRead);
  const ranges = count(BarKind.MapRange);
  const held = count(BarKind.LockHeld);
  if (writes > 0) parts.push(plural(writes, 'map write'));
  if (reads > 0) parts.push(plural(reads, 'map read'));
  if (ranges > 0) parts.push(plural(ranges, 'range over a map', 'ranges over maps'));
  if (held > 0) parts.push(`held a lock ${plural(held, 'time')}`);
  const end = lane.endedAt >= 0 ? `done at event ${lane.endedAt}` : 'still alive when the run ended';
  return `${head}: ${parts.join(', ')}; ${end}.`;
}

/** Lines for the whole run: crashes first (what the learner is looking for), then each goroutine. */
export function timelineSummary(model: TimelineModel, options: { showHidden?: boolean } = {}): string[] {
  const marks = model.marks.map((m) => {
    const what = m.kind === 'fatal' ? `fatal error: ${m.message}` : m.kind === 'panic' ? `panic: ${m.message}` : `stopped: ${m.message}`;
    return m.g > 0 ? `${what}, in g${m.g} at event ${m.index}.` : `${what}, at event ${m.index}.`;
  });
  const lanes = model.lanes.filter((l) => options.showHidden || !l.hidden).map(laneSummary);
  return [...marks, ...lanes];
}
