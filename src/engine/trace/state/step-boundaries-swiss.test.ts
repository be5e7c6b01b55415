// Stepping through Go 1.26 runs (Swiss-table maps): phase granularity stops after every Swiss phase
// that the model reports (write entry toggle, probe, slot write, growth, split, exit), statement
// granularity after each statement, and Back retraces the same stops.
import { describe, expect, it } from 'vitest';
import { sampleProgram } from './testdata/crash-sample.ts';
import { TraceCursor } from './cursor.ts';
import { sampleTraces, swissTraces } from './testdata/narrate-swiss-cases.ts';
import type { Granularity } from './step-boundaries.ts';

function walk(c: TraceCursor, g: Granularity): number[] {
  c.seek(0);
  const stops: number[] = [];
  while (c.position < c.length) stops.push(c.stepForward(g));
  return stops;
}

const named = new Set(['sample seed 1', 'tombstones', 'tour', 'split', 'small-map race', '01-the-crash/crash.go', '02-reads-count-too/range-while-write.go', '03-inside-the-map/grow.go']);

describe('stepping Swiss-table maps', () => {
  for (const { name, reader } of swissTraces(sampleProgram).filter((t) => named.has(t.name))) {
    it(`${name}: stepping by phase stops after every swiss event, so every write window's toggle is visited`, () => {
      const c = new TraceCursor(reader.trace);
      const phase = new Set(walk(c, 'phase'));
      let began = 0;
      for (let i = 0; i < reader.length; i++) {
        const k = reader.kindAt(i);
        if (!k.startsWith('swiss.')) continue;
        expect(phase.has(i + 1), `${k} at ${i}`).toBe(true);
        if (k === 'swiss.write.began') began++;
      }
      expect(began).toBeGreaterThan(0);
      // Statement stops are phase stops too, and there are fewer of them.
      const statement = walk(c, 'statement');
      for (const p of statement) expect(phase.has(p)).toBe(true);
      expect(phase.size).toBeGreaterThan(statement.length);
    });
  }

  it('Back by phase retraces the phase stops of a crash run', () => {
    const [{ reader }] = sampleTraces(sampleProgram, [2]);
    const c = new TraceCursor(reader.trace);
    const stops = walk(c, 'phase');
    const back: number[] = [];
    while (c.position > 0) back.push(c.stepBack('phase'));
    expect(back).toEqual([...stops.slice(0, -1)].reverse().concat(0));
  });
});
