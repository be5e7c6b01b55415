// The timeline over Go 1.26 runs (Swiss-table maps): each goroutine's map bars are exactly its
// swiss.write.began/ended windows, reads and ranges, drawn as the bucket map's are, and the crash is marked.
import { describe, expect, it } from 'vitest';
import { sampleProgram } from './testdata/crash-sample.ts';
import type { TraceReader } from '../reader.ts';
import { sampleTraces, swissTraces } from './testdata/narrate-swiss-cases.ts';
import { BarKind, buildTimeline, type TimelineLane } from './timeline.ts';
import { laneColumns } from './timeline-columns.ts';
import { laneSummary, timelineSummary } from './timeline-summary.ts';

type Bar = [from: number, to: number, kind: number, obj: number];

/** The bars a lane should have, from a plain decode: write windows paired per goroutine and map. */
function expectedBars(reader: TraceReader): Map<number, Bar[]> {
  const bars = new Map<number, Bar[]>();
  const add = (g: number, b: Bar) => bars.set(g, [...(bars.get(g) ?? []), b]);
  const writes = new Map<string, number>();
  const ranges = new Map<number, { g: number; map: number; from: number }>();
  for (const e of reader.range()) {
    if (e.kind === 'swiss.write.began' && !writes.has(`${e.g}/${e.map}`)) writes.set(`${e.g}/${e.map}`, e.index);
    if (e.kind === 'swiss.write.ended') {
      const from = writes.get(`${e.g}/${e.map}`);
      if (from !== undefined) add(e.g, [from, e.index + 1, BarKind.MapWrite, e.map]);
      writes.delete(`${e.g}/${e.map}`);
    }
    if (e.kind === 'swiss.read') add(e.g, [e.index, e.index + 1, BarKind.MapRead, e.map]);
    if (e.kind === 'swiss.iter.started') ranges.set(e.iter, { g: e.g, map: e.map, from: e.index });
    if (e.kind === 'swiss.iter.finished') {
      const r = ranges.get(e.iter);
      if (r) add(r.g, [r.from, e.index + 1, BarKind.MapRange, r.map]);
      ranges.delete(e.iter);
    }
  }
  // Windows still open when the run ended (the crash) run to the end of the trace.
  for (const [key, from] of writes) add(Number(key.split('/')[0]), [from, reader.length, BarKind.MapWrite, Number(key.split('/')[1])]);
  for (const r of ranges.values()) add(r.g, [r.from, reader.length, BarKind.MapRange, r.map]);
  return bars;
}

function mapBars(lane: TimelineLane): Bar[] {
  const out: Bar[] = [];
  for (let k = 0; k < lane.barFrom.length; k++) {
    const kind = lane.barKind[k];
    if (kind === BarKind.MapWrite || kind === BarKind.MapRead || kind === BarKind.MapRange) out.push([lane.barFrom[k], lane.barTo[k], kind, lane.barObj[k]]);
  }
  return out;
}

const byStart = (a: Bar, b: Bar) => a[0] - b[0] || a[2] - b[2];

describe('timeline of Swiss-table maps', () => {
  for (const { name, reader } of swissTraces(sampleProgram)) {
    it(`${name}: map bars are the swiss write windows, reads and ranges`, () => {
      const model = buildTimeline(reader);
      const want = expectedBars(reader);
      for (const lane of model.lanes) expect(mapBars(lane).sort(byStart), `g${lane.g}`).toEqual((want.get(lane.g) ?? []).sort(byStart));
      const windows = [...want.values()].flat().filter((b) => b[2] === BarKind.MapWrite).length;
      if (/sample|tour|split/.test(name)) expect(windows).toBeGreaterThan(0);
    });
  }

  for (const { name, reader } of sampleTraces(sampleProgram, [1, 3])) {
    it(`${name}: the crash is marked, the crashing writes show in the columns and the text form`, () => {
      const model = buildTimeline(reader);
      const fatal = reader.findNext(0, ['fatal.raised']);
      expect(model.marks[0]).toMatchObject({ index: fatal, g: reader.goroutineAt(fatal), kind: 'fatal', message: 'concurrent map writes' });
      const lines = timelineSummary(model);
      expect(lines[0]).toBe(`fatal error: concurrent map writes, in g${reader.goroutineAt(fatal)} at event ${fatal}.`);
      // The write window another goroutine had open when the check fired covers the crash's column.
      const open = model.lanes.find((l) => mapBars(l).some((b) => b[2] === BarKind.MapWrite && b[0] < fatal && b[1] > fatal))!;
      expect(open).toBeDefined();
      const range = { from: 0, to: model.length, columns: 50 };
      const cols = laneColumns(open, range);
      expect(cols.bars[Math.floor((fatal * 50) / model.length)] & (1 << BarKind.MapWrite)).not.toBe(0);
      const writes = mapBars(open).filter((b) => b[2] === BarKind.MapWrite).length;
      expect(laneSummary(open)).toContain(`${writes} map write${writes === 1 ? '' : 's'}`);
    });
  }
});
