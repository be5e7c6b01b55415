// Swiss events in the trace: recorded only when traced (the run is the same either way, Go 1.26
// mode across part of the run corpus), and exported to JSON Lines with their table payloads.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runSource } from '../run-source.ts';
import { TraceReader } from './reader.ts';
import { traceToJsonl } from './jsonl.ts';
import { swissEventFields } from './swiss-fields.ts';

const corpus = fileURLToPath(new URL('../testdata/run/', import.meta.url));
const small = readFileSync(fileURLToPath(new URL('./testdata/swiss-small-to-table.go', import.meta.url)), 'utf8');

describe('swiss trace events', () => {
  it('tracing observes Go 1.26 runs without changing them (map programs of the run corpus)', () => {
    const files = readdirSync(corpus).filter((f) => f.endsWith('.go') && f.includes('map')).sort().slice(0, 25);
    expect(files.length).toBeGreaterThan(5);
    let swiss = 0;
    for (const f of files) {
      const source = readFileSync(join(corpus, f), 'utf8');
      const opts = { seed: 1, procs: 2, goVersion: '1.26', maxSteps: 2_000_000 };
      const plain = runSource(source, opts);
      const traced = runSource(source, { ...opts, trace: true });
      if (plain.exitCode === 3) continue;
      expect({ out: traced.stdout, err: traced.stderr, code: traced.exitCode, steps: traced.steps }, f).toEqual({ out: plain.stdout, err: plain.stderr, code: plain.exitCode, steps: plain.steps });
      const r = new TraceReader(traced.trace!);
      for (let i = 0; i < r.length; i++) if (r.kindAt(i).startsWith('swiss.')) swiss++;
      for (let i = 0; i < r.length; i++) expect(r.kindAt(i).startsWith('map.'), `${f}: a bucket-map event in Go 1.26 mode`).toBe(false);
    }
    expect(swiss).toBeGreaterThan(50);
  });

  it('exports swiss events to JSON Lines with table snapshots, and names the Go version in the header', () => {
    const t = runSource(small, { seed: 2, procs: 1, goVersion: '1.26', trace: true }).trace!;
    const lines = traceToJsonl(new TraceReader(t)).trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ trace: 'gomaplab', goVersion: '1.26' });
    const grew = lines.find((l) => l.kind === 'swiss.grew.to.table') as { small: { ctrl: number[] }; tables: Array<{ capacity: number; used: number; keys: unknown[] }> };
    expect(grew.small.ctrl).toHaveLength(8);
    expect(grew.tables[0]).toMatchObject({ capacity: 16, used: 8 });
    expect(grew.tables[0].keys.filter((k) => typeof k === 'string')).toHaveLength(8);
    const del = lines.find((l) => l.kind === 'swiss.slot.deleted');
    expect(del).toMatchObject({ key: 'k3', elem: 3, ctrlAfter: 0x80, usedBefore: 9, usedAfter: 8 });
  });

  it('flattens swiss.probed: the small group is table -1 and dirIndex -1, no slot is -1, the hash a uint32', () => {
    const ids = { map: (id: number) => id + 10, iter: (id: number) => id };
    const base = { kind: 'swiss.probed', map: 1, op: 'assign', key: 'k', probes: 1, found: false } as const;
    expect(swissEventFields({ ...base, hash: -1, dirIndex: -1, table: null, at: { table: null, slot: 3 } }, ids)).toEqual({
      map: 11, op: 'assign', key: 'k', hash: 0xffffffff, dirIndex: -1, table: -1, probes: 1, found: false, slot: 3,
    });
    expect(swissEventFields({ ...base, hash: 0x80000000, dirIndex: 1, table: 4, probes: 3, at: null }, ids)).toMatchObject({ hash: 0x80000000, table: 4, probes: 3, slot: -1 });
    // And a real trace carries one per lookup: a Go 1.26 run of the golden program.
    const r = new TraceReader(runSource(small, { seed: 2, procs: 1, goVersion: '1.26', trace: true }).trace!);
    const probes = [];
    for (let i = 0; i < r.length; i++) if (r.kindAt(i) === 'swiss.probed') probes.push(r.get(i) as { op: string; table: number; probes: number });
    expect(probes.length).toBeGreaterThan(10);
    expect(new Set(probes.map((p) => p.op))).toEqual(new Set(['assign', 'access', 'delete']));
    expect(probes.some((p) => p.table === -1) && probes.some((p) => p.table > 0)).toBe(true);
  });
});
