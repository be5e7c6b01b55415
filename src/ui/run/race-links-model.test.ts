// The race list's rows from a real run's trace (through the worker's engine API, as the UI gets it).
import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../worker/engine-api.ts';
import { TraceReader } from '../../engine/trace/reader.ts';
import { raceRows, raceSentence } from './race-links-model.ts';

const twoWrites = `package main

import "time"

var a int

func main() {
	go func() {
		a = 1
	}()
	time.Sleep(time.Millisecond)
	a = 2
}
`;

const api = createEngineApi(() => 0);
const settings = { seed: 1, procs: 8, policy: 'random' as const, maxSteps: 1_000_000, trace: true };
const runSource = (text: string, o: { race?: boolean }) => api.run(text, { ...settings, ...o }, 1);

describe('race rows', () => {
  it('lists each reported race with player positions of both accesses, the earlier one first in the trace', () => {
    const r = runSource(twoWrites, { race: true });
    const reader = new TraceReader(r.trace!);
    const rows = raceRows(reader);
    expect(rows.map((x) => [x.g, x.op, x.line, x.prevG, x.prevOp, x.prevLine])).toEqual([[1, 'write', 12, 2, 'write', 9]]);
    const [row] = rows;
    expect(reader.kindAt(row.position - 1)).toBe('race.reported');
    expect(row.prevPosition).toBeGreaterThan(0);
    expect(row.prevPosition).toBeLessThan(row.position);
    // The earlier access ran on goroutine 2, in an earlier step.
    expect(reader.goroutineAt(row.prevPosition - 1)).toBe(2);
    expect(row.prevStep).toBeLessThan(row.step);
    expect(raceSentence(row)).toBe('main wrote line 12; g2 wrote line 9 before it, and nothing orders the two.');
  });
  it('is empty for a run without the detector', () => {
    const r = runSource(twoWrites, {});
    expect(raceRows(new TraceReader(r.trace!))).toEqual([]);
  });
});
