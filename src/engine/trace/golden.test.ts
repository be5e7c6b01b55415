// Golden traces: testdata/<case>.go run traced, formatted by format-text.ts, compared with
// testdata/<case>.trace. A `// trace: seed=N procs=N exit=N` line in each program gives the
// settings and the exit status the run must have (so rewriting goldens cannot quietly turn a
// crash case into a clean run). UPDATE_GOLDENS=1 rewrites the goldens; on a mismatch the actual
// trace is written to <case>.actual (git-ignored) for a diff tool.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSource } from '../run-source.ts';
import { TraceReader } from './reader.ts';
import { formatTrace } from './format-text.ts';
import { traceToJsonl } from './jsonl.ts';
import { loadCase, loadCases, testdata } from './testdata/cases.ts';

const cases = loadCases();
const update = process.env.UPDATE_GOLDENS === '1';

describe('golden traces', () => {
  it('has the four required cases', () => {
    expect(cases.map((c) => c.file)).toEqual(expect.arrayContaining(['two-writers-crash.go', 'mutex-counter.go', 'chan-ping-pong.go', 'map-growth.go']));
  });

  for (const c of cases) {
    it(`${c.file} traces as its golden`, () => {
      const r = runSource(c.source, { seed: c.seed, procs: c.procs, goVersion: c.goVersion, trace: true });
      expect(r.exitCode, r.stderr).toBe(c.exit);
      const reader = new TraceReader(r.trace!);
      const text = formatTrace(reader);
      const golden = join(testdata, `${c.name}.trace`);
      if (update || !existsSync(golden)) writeFileSync(golden, text);
      const want = readFileSync(golden, 'utf8');
      if (text !== want) writeFileSync(join(testdata, `${c.name}.actual`), text);
      expect(text).toBe(want);

      // The JSONL export holds the same events, one parseable object per line.
      const lines = traceToJsonl(reader).trimEnd().split('\n');
      expect(lines.length).toBe(reader.length + 1);
      const last = JSON.parse(lines[lines.length - 1]) as { kind: string; exitCode: number };
      expect(last).toMatchObject({ kind: 'run.ended', exitCode: c.exit });
    });
  }

  it('the crash case records the fatal error and both writers inside the map', () => {
    const c = loadCase('two-writers-crash.go');
    const reader = new TraceReader(runSource(c.source, { seed: c.seed, procs: c.procs, goVersion: c.goVersion, trace: true }).trace!);
    const events = [...reader.range()];
    const fatal = events.find((e) => e.kind === 'fatal.raised');
    expect(fatal).toMatchObject({ message: 'concurrent map writes' });
    const writers = new Set(events.filter((e) => e.kind === 'map.write.began').map((e) => e.g));
    expect(writers.size).toBe(2);
    expect(events.findIndex((e) => e.kind === 'output.written' && e.fd === 2)).toBeGreaterThan(events.indexOf(fatal!));
  });
});
