// Drawing the timeline into a recording context: every lane is painted across its life, bars sit
// under their lanes, the crash marker stands at the crash, and a run of equal columns is one rectangle.
import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../../worker/engine-api.ts';
import { TraceReader } from '../../../engine/trace/reader.ts';
import { BarKind, buildTimeline } from '../../../engine/trace/state/timeline.ts';
import { sampleProgram } from '../../app/sample-program.ts';
import { drawTimeline, type DrawContext } from './draw-timeline.ts';
import { barStyles, layoutTimeline, laneTop, stateBand, writeWindowLabel, xOfPosition } from './timeline-layout.ts';

interface Rect { fill: string; x: number; y: number; w: number; h: number }

function recorder() {
  const rects: Rect[] = [];
  const lines: Array<[number, number]> = [];
  const texts: string[] = [];
  const ctx = {
    fillStyle: '', strokeStyle: '', lineWidth: 1, font: '', textBaseline: 'alphabetic',
    fillRect(x: number, y: number, w: number, h: number) { rects.push({ fill: String(this.fillStyle), x, y, w, h }); },
    fillText(t: string) { texts.push(t); },
    moveTo(x: number, y: number) { lines.push([x, y]); },
    beginPath() {}, lineTo() {}, stroke() {}, fill() {}, closePath() {}, clearRect() {},
  };
  return { ctx: ctx as unknown as DrawContext, rects, lines, texts };
}

describe('drawTimeline', () => {
  const reply = createEngineApi().run(sampleProgram, { seed: 1, procs: 8, policy: 'random', maxSteps: 1e9, trace: true }, 1);
  const model = buildTimeline(new TraceReader(reply.trace!));
  const layout = layoutTimeline(model, 800);

  it('paints each lane from its creation to the end of the run, labelled', () => {
    const { ctx, rects, texts } = recorder();
    drawTimeline(ctx, model, layout);
    expect(texts).toEqual(layout.lanes.map((l) => `g${l.g}`));
    layout.lanes.forEach((lane, row) => {
      const band = rects.filter((r) => r.y === laneTop(row) && r.h === stateBand).sort((a, b) => a.x - b.x);
      expect(band.length).toBeGreaterThan(0);
      // Bands touch end to end (none of these goroutines ends), from the creation column to the right edge.
      for (let k = 1; k < band.length; k++) expect(band[k].x).toBeCloseTo(band[k - 1].x + band[k - 1].w, 6);
      const last = band[band.length - 1];
      expect(last.x + last.w).toBeCloseTo(layout.plotLeft + layout.plotWidth, 6);
      expect(Math.abs(band[0].x - xOfPosition(layout, lane.createdAt))).toBeLessThan(2);
      // Fewer rectangles than columns: equal neighbours are merged.
      expect(band.length).toBeLessThan(layout.plotWidth);
    });
  });

  it('marks the crash where it happened', () => {
    const { ctx, lines } = recorder();
    drawTimeline(ctx, model, layout);
    expect(model.marks).toHaveLength(1);
    const x = xOfPosition(layout, model.marks[0].index + 0.5);
    expect(lines.some(([lx, ly]) => lx === x && ly === 8)).toBe(true);
  });

  it('Go 1.26: draws each goroutine\'s Swiss write windows as the bucket map\'s, and marks the crash', () => {
    const swiss = createEngineApi().run(sampleProgram, { seed: 1, procs: 4, policy: 'random', maxSteps: 1e9, trace: true, goVersion: '1.26' }, 1);
    const reader = new TraceReader(swiss.trace!);
    const m = buildTimeline(reader);
    const l = layoutTimeline(m, 800);
    const { ctx, rects, lines } = recorder();
    drawTimeline(ctx, m, l);
    const color = barStyles.find((b) => b.kind === BarKind.MapWrite)!.color;
    const writers = l.lanes.filter((lane) => lane.barKind.includes(BarKind.MapWrite));
    expect(writers.length).toBeGreaterThan(0);
    // The writers are the goroutines that toggled `writing` in the trace.
    const toggled = new Set([...reader.range()].filter((e) => e.kind === 'swiss.write.began').map((e) => e.g as number));
    expect(writers.map((w) => w.g).sort()).toEqual([...toggled].sort());
    for (const lane of writers) {
      const row = l.lanes.indexOf(lane);
      expect(rects.some((r) => r.fill === color && r.y > laneTop(row) && r.y < laneTop(row + 1))).toBe(true);
    }
    expect(m.marks).toHaveLength(1);
    expect(lines.some(([lx]) => lx === xOfPosition(l, m.marks[0].index + 0.5))).toBe(true);
  });

  it('names the write window in the words of the Go version that ran', () => {
    expect(writeWindowLabel('1.26')).toBe('writing a map (writing flag set)');
    expect(writeWindowLabel('1.24')).toBe('writing a map (writing flag set)');
    expect(writeWindowLabel('1.23')).toBe('writing a map (hashWriting window)');
    expect(writeWindowLabel(undefined)).toBe('writing a map (hashWriting window)');
    expect(writeWindowLabel('nonsense')).toBe('writing a map (hashWriting window)');
  });
});
