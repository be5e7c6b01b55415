// The timeline aggregated per pixel column, so drawing a lane costs the same for 100 events and
// for 10 million: each column shows the state that covers most of its events, and which kinds
// of bars touch it.
import { LaneState, type TimelineLane } from './timeline.ts';

export interface LaneColumns {
  /** Per column: the LaneState covering most of its events (Absent where the lane does not exist). */
  states: Uint8Array;
  /** Per column: a bit mask, bit k set when a bar of BarKind k overlaps the column. */
  bars: Uint8Array;
}

/** The event range [from, to) split into `columns` equal columns. */
export interface ColumnRange {
  from: number;
  to: number;
  columns: number;
}

function sane(r: ColumnRange): ColumnRange {
  const from = Number.isFinite(r.from) ? Math.max(0, Math.floor(r.from)) : 0;
  const to = Number.isFinite(r.to) ? Math.max(from + 1, Math.ceil(r.to)) : from + 1;
  const columns = Number.isFinite(r.columns) ? Math.min(1 << 16, Math.max(1, Math.floor(r.columns))) : 1;
  return { from, to, columns };
}

/** The column that event index `i` falls in (clamped to the range). */
export function columnOf(range: ColumnRange, i: number): number {
  const { from, to, columns } = sane(range);
  const c = Math.floor(((i - from) * columns) / (to - from));
  return Math.min(columns - 1, Math.max(0, c));
}

/** The first event index of column `c`. */
export function columnStart(range: ColumnRange, c: number): number {
  const { from, to, columns } = sane(range);
  return from + Math.ceil((Math.min(columns, Math.max(0, c)) * (to - from)) / columns);
}

/**
 * A cursor position for a click at horizontal fraction `x` (0 left edge, 1 right edge) of the
 * range: the position just after the event under the pointer, so that event's effect shows.
 */
export function positionAt(range: ColumnRange, x: number): number {
  const { from, to } = sane(range);
  const f = Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
  return Math.min(to, from + Math.floor(f * (to - from)) + 1);
}

/**
 * The lane's columns over `range`. Linear in segments + bars + columns.
 * @example laneColumns(lane, { from: 0, to: model.length, columns: canvas.width })
 */
export function laneColumns(lane: TimelineLane, range: ColumnRange): LaneColumns {
  const { from, to, columns } = sane(range);
  const states = new Uint8Array(columns);
  const bars = new Uint8Array(columns);
  const cover = new Float64Array(6);
  const n = lane.starts.length;
  // First segment that may overlap `from`.
  let k = 0;
  while (k + 1 < n && lane.starts[k + 1] <= from) k++;
  for (let c = 0; c < columns; c++) {
    const a = columnStart(range, c);
    const b = c + 1 === columns ? to : columnStart(range, c + 1);
    if (b <= a) {
      states[c] = c > 0 ? states[c - 1] : LaneState.Absent;
      continue;
    }
    cover.fill(0);
    // Before the lane's first segment the goroutine does not exist yet.
    if (n === 0 || a < lane.starts[0]) cover[LaneState.Absent] += Math.min(b, n === 0 ? b : lane.starts[0]) - a;
    while (k < n) {
      const s = lane.starts[k];
      const e = k + 1 < n ? lane.starts[k + 1] : Infinity;
      const lo = Math.max(a, s);
      const hi = Math.min(b, e);
      if (hi > lo) cover[lane.states[k]] += hi - lo;
      if (e > b) break; // this segment continues into the next column
      k++;
    }
    let best = 0;
    for (let st = 1; st < 6; st++) if (cover[st] > cover[best]) best = st;
    states[c] = best;
  }
  for (let j = 0; j < lane.barFrom.length; j++) {
    const s = lane.barFrom[j];
    const e = lane.barTo[j];
    if (e <= from || s >= to) continue;
    const bit = 1 << lane.barKind[j];
    const c1 = columnOf(range, Math.max(from, s));
    const c2 = columnOf(range, Math.min(to, e) - 1);
    for (let c = c1; c <= c2; c++) bars[c] |= bit;
  }
  return { states, bars };
}
