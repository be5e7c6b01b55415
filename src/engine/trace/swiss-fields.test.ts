// Swiss events in the trace: recorded only when traced (the run is the same either way, Go 1.26
// mode across part of the run corpus), and exported to JSON Lines with their table payloads.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runSource } from '../run-source.ts';
import { TraceReader } from './reader.ts';
import { traceToJsonl } from './jsonl.ts';

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
});
