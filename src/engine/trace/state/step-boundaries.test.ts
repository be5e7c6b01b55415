// Step, Back, "step this goroutine" and seeking by scheduler step, over real traces.
import { describe, expect, it } from 'vitest';
import { runSource } from '../../run-source.ts';
import type { EventName } from '../events.ts';
import { loadCase } from '../testdata/cases.ts';
import { TraceCursor } from './cursor.ts';
import type { Granularity } from './step-boundaries.ts';

function cursorFor(file: string, options = {}) {
  const c = loadCase(file);
  return new TraceCursor(runSource(c.source, { seed: c.seed, procs: c.procs, trace: true }).trace!, options);
}

const terminal: EventName[] = ['goroutine.ended', 'fatal.raised', 'panic.raised', 'unsupported.raised', 'budget.exhausted', 'run.ended'];

function walk(c: TraceCursor, g: Granularity): number[] {
  c.seek(0);
  const stops: number[] = [];
  while (c.position < c.length) stops.push(c.stepForward(g));
  return stops;
}

describe('step boundaries', () => {
  for (const file of ['two-writers-crash.go', 'chan-ping-pong.go', 'map-growth.go']) {
    it(`${file}: Step stops after each statement; Back visits the same stops in reverse`, () => {
      const c = cursorFor(file);
      const stops = walk(c, 'statement');
      expect(stops[stops.length - 1]).toBe(c.length);
      for (const p of stops) {
        const k = c.reader.kindAt(p - 1);
        expect(k === 'goroutine.line' || terminal.includes(k)).toBe(true);
      }
      // No statement is skipped: every goroutine.line event ends some stop.
      const lines = new Set(stops);
      for (let i = 0; i < c.length; i++) if (c.reader.kindAt(i) === 'goroutine.line') expect(lines.has(i + 1)).toBe(true);
      const back: number[] = [];
      while (c.position > 0) back.push(c.stepBack('statement'));
      expect(back).toEqual([...stops.slice(0, -1)].reverse().concat(0));
    });

    it(`${file}: phase granularity stops at every state change, a superset of statement stops`, () => {
      const c = cursorFor(file);
      const statement = new Set(walk(c, 'statement'));
      const phase = walk(c, 'phase');
      for (const p of statement) expect(phase).toContain(p);
      expect(phase.length).toBeGreaterThan(statement.size);
      for (const p of phase) expect(c.reader.kindAt(p - 1)).not.toBe('goroutine.frame.changed');
    });
  }

  it('steps one goroutine to its next statement, passing over the others', () => {
    const c = cursorFor('mutex-counter.go');
    c.seek(0);
    let moves = 0;
    while (c.stepGoroutine(3)) {
      const at = c.position - 1;
      expect(c.reader.goroutineAt(at)).toBe(3);
      expect(['goroutine.line', 'goroutine.ended']).toContain(c.reader.kindAt(at));
      moves++;
    }
    expect(moves).toBeGreaterThan(3);
    const last = c.position;
    expect(c.stepGoroutine(3)).toBe(false);
    expect(c.position).toBe(last);
    expect(c.stepGoroutine(999)).toBe(false);
  });

  it('seeks to the start of a scheduler step', () => {
    const c = cursorFor('chan-ping-pong.go');
    const lastStep = c.reader.stepAt(c.length - 1);
    for (let s = 0; s <= lastStep + 1; s++) {
      c.seekStep(s);
      if (c.position > 0) expect(c.reader.stepAt(c.position - 1)).toBeLessThan(s);
      if (c.position < c.length) expect(c.reader.stepAt(c.position)).toBeGreaterThanOrEqual(s);
    }
  });

  it('treats nonsense positions as the nearest end, without throwing', () => {
    const c = cursorFor('two-writers-crash.go');
    for (const [p, want] of [[Number.NaN, 0], [-5, 0], [1e12, c.length], [Infinity, c.length], [-Infinity, 0], [2.4, 2]] as const) {
      c.seek(p);
      expect(c.position).toBe(want);
    }
    c.seekStep(Number.NaN);
    expect(c.position).toBe(0);
  });

  it('bounds the number of keyframes whatever the trace length', () => {
    const c = cursorFor('map-growth.go', { minInterval: 1, maxKeyframes: 4 });
    c.seek(c.length);
    expect(c.keyframeInterval).toBeGreaterThanOrEqual(c.length / 4);
    expect(c.keyframeCount).toBeLessThanOrEqual(5);
  });
});
