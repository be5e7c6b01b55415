// Draws the timeline model on a 2D canvas: per lane, runs of equal columns as one rectangle each,
// the bars beneath, and a marker at each crash. The cursor is not drawn here (it moves every step;
// the view positions it as an element), so a step never repaints the canvas.
import { laneColumns, type LaneColumns } from '../../../engine/trace/state/timeline-columns.ts';
import type { TimelineLane, TimelineModel } from '../../../engine/trace/state/timeline.ts';
import { barBand, barStyles, laneTop, stateBand, stateFill, xOfPosition, type TimelineLayout } from './timeline-layout.ts';

/** The part of CanvasRenderingContext2D the drawing uses (a test can pass a recorder). */
export type DrawContext = Pick<
  CanvasRenderingContext2D,
  'fillStyle' | 'strokeStyle' | 'lineWidth' | 'font' | 'textBaseline' | 'fillRect' | 'fillText' | 'beginPath' | 'moveTo' | 'lineTo' | 'stroke' | 'fill' | 'closePath' | 'clearRect'
>;

/**
 * Columns per lane and width, kept for the last few widths: a page whose layout shifts by a
 * scrollbar flips between two widths, and aggregating a million events again each time is not free.
 */
const columnCache = new WeakMap<TimelineLane, Map<number, LaneColumns>>();

function cachedColumns(lane: TimelineLane, range: { from: number; to: number; columns: number }): LaneColumns {
  let byWidth = columnCache.get(lane);
  if (byWidth === undefined) {
    byWidth = new Map();
    columnCache.set(lane, byWidth);
  }
  let cols = byWidth.get(range.columns);
  if (cols === undefined) {
    cols = laneColumns(lane, range);
    if (byWidth.size >= 4) byWidth.delete(byWidth.keys().next().value!);
    byWidth.set(range.columns, cols);
  }
  return cols;
}

export function drawTimeline(ctx: DrawContext, model: TimelineModel, layout: TimelineLayout): void {
  ctx.clearRect(0, 0, layout.width, layout.height);
  const columns = Math.max(1, Math.floor(layout.plotWidth));
  const range = { from: 0, to: Math.max(1, model.length), columns };
  const colWidth = layout.plotWidth / columns;
  ctx.font = '12px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  layout.lanes.forEach((lane, row) => {
    const top = laneTop(row);
    ctx.fillStyle = '#1d2125';
    ctx.fillText(`g${lane.g}`, 4, top + stateBand / 2 + 1);
    const cols = cachedColumns(lane, range);
    // Runs of equal columns become one rectangle: a lane costs its number of changes, not its width.
    let c = 0;
    while (c < columns) {
      const state = cols.states[c];
      let end = c + 1;
      while (end < columns && cols.states[end] === state) end++;
      const fill = stateFill(state, lane.g);
      if (fill !== null) {
        ctx.fillStyle = fill;
        ctx.fillRect(layout.plotLeft + c * colWidth, top, (end - c) * colWidth, stateBand);
      } else if (state === 5) {
        // Done: a thin line, so the lane reads as finished rather than missing.
        ctx.fillStyle = '#d0d7de';
        ctx.fillRect(layout.plotLeft + c * colWidth, top + stateBand / 2, (end - c) * colWidth, 1);
      }
      c = end;
    }
    // Bars: one thin strip under the state band, the later kinds in the list drawn over the earlier.
    for (const style of barStyles) {
      const bit = 1 << style.kind;
      ctx.fillStyle = style.color;
      let b = 0;
      while (b < columns) {
        if ((cols.bars[b] & bit) === 0) {
          b++;
          continue;
        }
        let end = b + 1;
        while (end < columns && (cols.bars[end] & bit) !== 0) end++;
        ctx.fillRect(layout.plotLeft + b * colWidth, top + stateBand + 1, Math.max(1.5, (end - b) * colWidth), barBand);
        b = end;
      }
    }
  });
  for (const mark of model.marks) {
    const x = xOfPosition(layout, mark.index + 0.5);
    ctx.strokeStyle = '#b3261e';
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(x, 8);
    ctx.lineTo(x, layout.height);
    ctx.stroke();
    ctx.fillStyle = '#b3261e';
    ctx.beginPath();
    ctx.moveTo(x - 6, 0);
    ctx.lineTo(x + 6, 0);
    ctx.lineTo(x, 9);
    ctx.closePath();
    ctx.fill();
  }
}
