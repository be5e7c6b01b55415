// The probe as the view draws it, over real Go 1.26 traces: the hash bits cut by role add back up
// to the hash, the cut follows globalDepth and the table's group count, and the probe order and
// ending match the trace's swiss.probed events.
import { describe, expect, it } from 'vitest';
import type { EventOf } from '../../../engine/trace/events.ts';
import { TraceCursor } from '../../../engine/trace/state/cursor.ts';
import { createEngineApi } from '../../../worker/engine-api.ts';
import { swissSlice, type SwissState } from '../../../engine/trace/state/swiss.ts';
import { bitFields, probeSentences, probeView } from './probe-model.ts';

describe('bitFields', () => {
  it.each([
    // hash, directory bits, group bits → roles and their widths
    [0xdeadbeef, 0, 0, ['h1', 'h2'], [25, 7]],
    [0xdeadbeef, 0, 1, ['h1', 'group', 'h2'], [24, 1, 7]],
    [0x80000001, 1, 7, ['dir', 'h1', 'group', 'h2'], [1, 17, 7, 7]],
    [0x12345678, 3, 4, ['dir', 'h1', 'group', 'h2'], [3, 18, 4, 7]],
    // More directory and group bits than H1 has: the cut stays inside 32 bits.
    [0xffffffff, 30, 9, ['dir', 'h2'], [25, 7]],
  ])('hash %i, %i directory bits, %i group bits', (hash, dir, group, roles, widths) => {
    const f = bitFields(hash, dir, group);
    expect(f.map((x) => x.role)).toEqual(roles);
    expect(f.map((x) => x.bits.length)).toEqual(widths);
    expect(f.map((x) => x.bits).join('')).toBe((hash >>> 0).toString(2).padStart(32, '0'));
    for (const x of f) expect(x.from - x.to + 1).toBe(x.bits.length);
    const g = f.find((x) => x.role === 'group');
    if (g) expect(parseInt(g.bits, 2)).toBe((hash >>> 7) & (2 ** group - 1));
    expect(parseInt(f[f.length - 1].bits, 2)).toBe(hash & 0x7f);
  });
});

const program = `package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 1000; i++ {
		m[i] = i
	}
	n := 0
	for i := 0; i < 1000; i += 7 {
		n += m[i]
	}
	delete(m, 3)
	fmt.Println(n, len(m))
}
`;

/** Through the worker's implementation, as the app gets its traces. */
const run = () => createEngineApi().run(program, { seed: 3, procs: 1, policy: 'random', maxSteps: 10_000_000, trace: true, goVersion: '1.26' }, 1);

describe('probeView over a real trace', () => {
  it('cuts every probe of a run that splits a table: directory bits, group bits, H2, order and ending', () => {
    const r = run();
    expect(r.stdout).toBe('71071 999\n');
    const c = new TraceCursor<SwissState>(r.trace!, { slice: swissSlice, minInterval: 256 });
    const seen = { small: 0, table: 0, dirBits: 0, multi: 0, found: 0, taken: 0, none: 0 };
    for (let i = c.reader.findNext(0, ['swiss.probed']); i >= 0; i = c.reader.findNext(i + 1, ['swiss.probed'])) {
      const e = c.reader.get(i) as EventOf<'swiss.probed'>;
      c.seek(i + 1);
      const m = [...c.state.maps.values()][0];
      const v = probeView(m)!;
      expect(v.fields.map((f) => f.bits).join('')).toBe((e.hash >>> 0).toString(2).padStart(32, '0'));
      expect(v.stale).toBeNull();
      const width = (role: string) => v.fields.find((f) => f.role === role)?.bits.length ?? 0;
      expect(width('h2')).toBe(7);
      if (e.table < 0) {
        seen.small++;
        expect(v.where).toMatch(/^the small group/);
        expect(width('dir') + width('group')).toBe(0);
      } else {
        seen.table++;
        const ngroups = m.tables.get(e.table)!.capacity / 8;
        expect(width('dir')).toBe(m.globalDepth);
        expect(width('group')).toBe(Math.log2(ngroups));
        if (m.globalDepth > 0) seen.dirBits++;
        expect(v.where).toBe(`directory entry ${e.dirIndex} → table t${e.table} (${ngroups} groups)`);
        expect([...v.order.entries()].map(([g, n]) => [n, g])).toEqual(v.probe.groups.map((g, k) => [k + 1, g]));
        if (e.probes > 1) seen.multi++;
      }
      if (e.found) {
        seen.found++;
        expect(v.ending).toBe(`found the key at group ${Math.floor(e.slot / 8)}, slot ${e.slot % 8}`);
      } else if (e.slot >= 0) {
        seen.taken++;
        expect(v.ending).toMatch(/^takes group \d+, slot \d for the new key$/);
      } else {
        seen.none++;
        expect(v.ending).toMatch(/growthLeft is 0/);
      }
      const text = probeSentences(v).join(' ');
      expect(text).toContain(`Hash ${v.hashHex}`);
      expect(text).toContain(e.table < 0 ? 'small group' : `Groups visited in order: ${v.probe.groups.join(', ')}`);
    }
    expect(seen.small).toBe(8);
    expect(seen.dirBits).toBeGreaterThan(100);
    expect(seen.multi).toBeGreaterThan(10);
    expect(seen.found).toBe(144);
    // One "no room" probe per rebuild: the 16-slot table's growth up to 1024 (6) and the split.
    expect(seen.none).toBe(7);
    expect(seen.taken).toBe(1000);
  });

  it('calls a probe stale once a rebuild replaced its table', () => {
    const r = run();
    const c = new TraceCursor<SwissState>(r.trace!, { slice: swissSlice });
    const grown = c.reader.findNext(0, ['swiss.table.grown']);
    c.seek(grown + 1);
    const v = probeView([...c.state.maps.values()][0])!;
    expect(v.stale).toBe('rebuilt');
    expect(probeSentences(v).join(' ')).toContain('its table has since been rebuilt');
  });
});
