// The Swiss view's model over a real Go 1.26 trace: cells say what control bytes mean, and the
// text form names the tables, tombstones, the writing flag and the last rebuild; the directory
// runs, the rebuild's words and which tables a step involves.
import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../../worker/engine-api.ts';
import { TraceCursor } from '../../../engine/trace/state/cursor.ts';
import { liveTables, swissSlice, type SwissState } from '../../../engine/trace/state/swiss.ts';
import {
  ctrlText, currentTouch, directorySpans, groupCells, involvedTables, rebuildIsRecent, rehashText, swissSummary, tableTitle, textTableLimit,
} from './swiss-model.ts';

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

describe('swiss view model: directory, rebuilds, involvement', () => {
  const split = `package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 900; i++ {
		m[i] = i
	}
	fmt.Println(m[5], len(m))
}
`;

  function cursorOf(src: string): TraceCursor<SwissState> {
    const r = createEngineApi().run(src, { seed: 1, procs: 1, policy: 'random', maxSteps: 10_000_000, trace: true, goVersion: '1.26' }, 1);
    return new TraceCursor<SwissState>(r.trace!, { slice: swissSlice });
  }

  it('a split: two directory runs of one entry, the split bit named, "just now" until the next operation', () => {
    const c = cursorOf(split);
    const at = c.reader.findNext(0, ['swiss.table.split']);
    c.seek(at + 1);
    let m = [...c.state.maps.values()][0];
    const spans = directorySpans(m);
    expect(spans.map((s) => [s.from, s.to, s.localDepth])).toEqual([[0, 0, 1], [1, 1, 1]]);
    expect(spans.map((s) => s.table)).toEqual(m.lastRehash!.tables);
    expect(rehashText(m)).toMatch(/split into t\d+ and t\d+ in the directory, on hash bit 0x80000000 \(the 1st bit from the top\)/);
    expect(rebuildIsRecent(m)).toBe(true);
    expect([...involvedTables(m, true).keys()].sort()).toEqual([...m.lastRehash!.tables].sort());
    expect(tableTitle(liveTables(m)[0], m.globalDepth)).toMatch(/^table t\d+ · 1024 slots, 128 groups · used \d+ · growthLeft \d+ · localDepth 1\/1 · dir \[0\]$/);
    // The writer's second probe is still part of the rebuilding write.
    const again = c.reader.findNext(at, ['swiss.probed']);
    c.seek(again + 1);
    m = [...c.state.maps.values()][0];
    expect(rebuildIsRecent(m)).toBe(true);
    expect(involvedTables(m, true).get(m.lastProbe!.table)).toContain('probe');
    // The next write is another operation.
    const next = c.reader.findNext(again, ['swiss.write.began']);
    c.seek(next + 1);
    m = [...c.state.maps.values()][0];
    expect(rebuildIsRecent(m)).toBe(false);
    expect(involvedTables(m, false).size).toBeLessThanOrEqual(1);
  });

  it('a table of localDepth below globalDepth owns a run of several entries', () => {
    const c = cursorOf(split.replace('900', '1800'));
    c.seek(c.length);
    const m = [...c.state.maps.values()][0];
    expect(m.globalDepth).toBe(2);
    const spans = directorySpans(m);
    expect(spans.reduce((n, s) => n + s.to - s.from + 1, 0)).toBe(4);
    for (const s of spans) expect(s.to - s.from + 1).toBe(2 ** (m.globalDepth - s.localDepth));
    expect(spans.some((s) => s.to > s.from)).toBe(true);
  });

  it('the text form lists at most textTableLimit tables plus the involved ones, and counts the rest', () => {
    const c = cursorOf(split);
    c.seek(c.length);
    const real = [...c.state.maps.values()][0];
    const t = liveTables(real)[0];
    // A synthetic map of 40 one-entry tables built from a real table's shape.
    const tables = new Map(Array.from({ length: 40 }, (_, i) => [i + 1, { ...t, id: i + 1, index: i, localDepth: 6 }] as const));
    const m = { ...real, globalDepth: 6, dir: Array.from({ length: 64 }, (_, i) => Math.min(40, i + 1)), tables, lastProbe: null, lastTouch: null, lastRehash: null };
    const text = swissSummary(m);
    expect(text.filter((l) => l.startsWith('Table t'))).toHaveLength(textTableLimit);
    expect(text).toContain(`${40 - textTableLimit} more tables are not listed here; open them in the table list.`);
  });

  it('draws the last touch only when it belongs to the operation of the last probe', () => {
    const c = cursorOf(split);
    const probe = c.reader.findNext(100, ['swiss.probed']);
    c.seek(probe + 1);
    let m = [...c.state.maps.values()][0];
    expect(m.lastTouch!.index).toBeLessThan(probe);
    expect(currentTouch(m)).toBeNull();
    const written = c.reader.findNext(probe, ['swiss.slot.written']);
    c.seek(written + 1);
    m = [...c.state.maps.values()][0];
    expect(currentTouch(m)).toMatchObject({ kind: 'write', slot: m.lastProbe!.slot, table: m.lastProbe!.table });
  });
});

describe('a tombstone sweep (Go 1.25+)', () => {
  it('is the last rebuild right after it, in words, and stepping back forgets it', () => {
    const churn = 'package main\n\nfunc main() {\n\tm := make(map[int]int)\n\tfor i := 0; i < 2000; i++ {\n\t\tm[i] = i\n\t\tif i >= 40 {\n\t\t\tdelete(m, i-40)\n\t\t}\n\t}\n\tprintln(len(m))\n}\n';
    const r = createEngineApi().run(churn, { seed: 1, procs: 1, policy: 'random', maxSteps: 10_000_000, trace: true, goVersion: '1.26' }, 1);
    const c = new TraceCursor<SwissState>(r.trace!, { slice: swissSlice });
    const at = c.reader.findNext(0, ['swiss.tombstones.pruned']);
    expect(at).toBeGreaterThan(0);
    const e = c.reader.get(at)! as { slots: number[]; table: number };
    c.seek(at + 2);
    const m = [...c.state.maps.values()][0];
    expect(m.lastRehash).toMatchObject({ kind: 'pruned', old: e.table, count: e.slots.length });
    expect(rebuildIsRecent(m)).toBe(true);
    expect(rehashText(m)).toContain(`Last sweep (Go 1.25+): table t${e.table}`);
    expect(rehashText(m)).toContain(`${e.slots.length} tombstones`);
    c.seek(at);
    expect([...c.state.maps.values()][0].lastRehash?.kind).not.toBe('pruned');
  });
});
