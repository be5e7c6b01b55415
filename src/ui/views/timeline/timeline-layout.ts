// Where things go on the timeline canvas: the label gutter, lane rows, and the mapping between
// horizontal pixels and trace positions. Pure numbers, shared by drawing, clicking and the cursor.
import { BarKind, LaneState, type TimelineLane, type TimelineModel } from '../../../engine/trace/state/timeline.ts';
import { goroutineColor, goroutineTint } from '../goroutine-colors.ts';

export const gutter = 44;
export const laneHeight = 22;
export const stateBand = 12;
export const barBand = 5;
export const topMargin = 14;
/** More lanes than this are summarised in the text form only: a canvas taller than a screen helps nobody. */
export const maxLanes = 200;

export interface TimelineLayout {
  /** CSS pixels. */
  width: number;
  height: number;
  /** Plot area: x from gutter to width - 4. */
  plotLeft: number;
  plotWidth: number;
  lanes: TimelineLane[];
  length: number;
}

/** The lanes a learner looks at: the runtime's hidden timer goroutines are left out, as Go's dumps do. */
export function visibleLanes(model: TimelineModel): TimelineLane[] {
  return model.lanes.filter((l) => !l.hidden).slice(0, maxLanes);
}

export function layoutTimeline(model: TimelineModel, width: number): TimelineLayout {
  const lanes = visibleLanes(model);
  const w = Math.max(gutter + 40, Math.floor(Number.isFinite(width) ? width : 0));
  return { width: w, height: topMargin + lanes.length * laneHeight + 4, plotLeft: gutter, plotWidth: w - gutter - 4, lanes, length: model.length };
}

/** The x (CSS pixels) of a cursor position: the left edge of the event it is about to apply. */
export function xOfPosition(layout: TimelineLayout, position: number): number {
  const n = Math.max(1, layout.length);
  const p = Math.min(n, Math.max(0, Number.isFinite(position) ? position : 0));
  return layout.plotLeft + (p / n) * layout.plotWidth;
}

/** The horizontal fraction of the plot under x, or null outside it (the gutter). */
export function fractionAt(layout: TimelineLayout, x: number): number | null {
  if (!Number.isFinite(x) || x < layout.plotLeft) return null;
  return Math.min(1, (x - layout.plotLeft) / Math.max(1, layout.plotWidth));
}

export function laneTop(index: number): number {
  return topMargin + index * laneHeight;
}

/** Fill colour of a lane state for goroutine g; null draws nothing (absent, done). */
export function stateFill(state: number, g: number): string | null {
  switch (state) {
    case LaneState.Executing:
      return goroutineColor(g);
    case LaneState.Running:
      return goroutineTint(g, 0.45);
    case LaneState.Runnable:
      return '#d0d7de';
    case LaneState.Blocked:
      return '#8c959f';
    default:
      return null;
  }
}

/** Bar colours, by BarKind; listed in the legend with the same words. */
/**
 * The write window's name in Go's own words: the bucket map's hashWriting flag bit (Go ≤ 1.23), the
 * Swiss table's `writing` toggle (Go 1.24+, when the trace names the version).
 */
export function writeWindowLabel(goVersion: string | undefined): string {
  const minor = /^1\.(\d+)/.exec(goVersion ?? '');
  return minor !== null && Number(minor[1]) >= 24 ? 'writing a map (writing flag set)' : 'writing a map (hashWriting window)';
}

export const barStyles: ReadonlyArray<{ kind: BarKind; color: string; label: string }> = [
  { kind: BarKind.MapWrite, color: '#b45309', label: 'writing a map (write window)' },
  { kind: BarKind.MapRead, color: '#0e7490', label: 'reading a map' },
  { kind: BarKind.MapRange, color: '#64748b', label: 'ranging over a map' },
  { kind: BarKind.LockHeld, color: '#15803d', label: 'holding a lock' },
  { kind: BarKind.LockWait, color: '#b91c1c', label: 'waiting for a lock' },
];

export const stateLegend: ReadonlyArray<{ state: number; label: string }> = [
  { state: LaneState.Executing, label: 'running (this step)' },
  { state: LaneState.Running, label: 'running on another P' },
  { state: LaneState.Runnable, label: 'runnable' },
  { state: LaneState.Blocked, label: 'blocked' },
];
