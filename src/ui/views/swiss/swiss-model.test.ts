// The Swiss view's model over a real Go 1.26 trace: cells say what control bytes mean, and the
// text form names the tables, tombstones, the writing flag and the last rebuild.
import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../../worker/engine-api.ts';
import { TraceCursor } from '../../../engine/trace/state/cursor.ts';
import { liveTables, swissSlice, type SwissState } from '../../../engine/trace/state/swiss.ts';
import { ctrlText, groupCells, swissSummary } from './swiss-model.ts';

const program = `package main

func main() {
	m := make(map[int]int)
	for i := 0; i < 60; i++ {
		m[i] = i
	}
	for i := 0; i < 60; i += 3 {
		delete(m, i)
	}
	println(len(m))
}
`;

describe('swiss view model', () => {
  it('describes tables, full and deleted slots and the last rebuild of a real trace', () => {
    // Through the worker's implementation, as the app gets its traces.
    const r = createEngineApi().run(program, { seed: 4, procs: 1, policy: 'random', maxSteps: 10_000_000, trace: true, goVersion: '1.26' }, 1);
    expect(r.stderr).toBe('40\n');
    const c = new TraceCursor<SwissState>(r.trace!, { slice: swissSlice });
    c.seek(c.length);
    const m = [...c.state.maps.values()][0];
    const text = swissSummary(m).join('\n');
    expect(text).toMatch(/holds 40 entries in 1 table/);
    expect(text).toMatch(/Table t\d+: 128 slots in 16 groups, 40 full/);
    expect(text).toMatch(/rehashed into t\d+ \(128 slots\)/);
    expect(text).toContain('The writing flag is clear.');
    const t = liveTables(m)[0];
    const cells = Array.from({ length: t.capacity / 8 }, (_, g) => groupCells(t, g)).flat();
    expect(cells.filter((x) => x.kind === 'full')).toHaveLength(40);
    const full = cells.find((x) => x.kind === 'full')!;
    expect(ctrlText(full)).toMatch(/^slot \d full, H2 0x[0-7][0-9a-f], key \d+/);
    const tombs = (text.match(/(\d+) tombstones/) ?? [])[1];
    expect(Number(tombs)).toBe(cells.filter((x) => x.kind === 'deleted').length);
  });
});
