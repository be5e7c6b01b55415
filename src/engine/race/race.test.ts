// The race detector on a table of racy and race-free programs (testdata/, expectations checked
// against go1.23 -race with scripts/race/compare-go.ts), plus its report format, exit status and trace.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSource } from '../run-source.ts';
import { TraceReader } from '../trace/reader.ts';
import { pairText, racePairs } from './report-pairs.ts';

const dir = join(import.meta.dirname, 'testdata');
const cases = readdirSync(dir).filter((f) => f.endsWith('.go')).sort();
const source = (f: string) => readFileSync(join(dir, f), 'utf8');

/** `// race: …` pairs every seed reports, `// race may: …` pairs a seed may report (at least one if there is no `race:`). */
function wants(text: string): { must: string[]; may: string[] } {
  const must: string[] = [], may: string[] = [];
  for (const m of text.matchAll(/^\/\/ race( may)?: (.*)$/gm)) (m[1] ? may : must).push(m[2].trim());
  return { must, may };
}

describe('testdata programs report exactly the races Go reports', () => {
  it('has a table of racy and race-free programs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(cases.filter((f) => /^\/\/ races: none$/m.test(source(f))).length).toBeGreaterThanOrEqual(10);
  });
  for (const f of cases) {
    it(f, () => {
      const text = source(f);
      const { must, may } = wants(text);
      for (let seed = 1; seed <= 5; seed++) {
        const r = runSource(text, { race: true, seed });
        const got = racePairs(r.stderr).map(pairText);
        for (const p of must) expect(got, `seed ${seed}`).toContain(p);
        for (const p of got) expect([...must, ...may], `seed ${seed}: unexpected ${p}`).toContain(p);
        const racy = must.length > 0 || may.length > 0;
        if (must.length === 0 && may.length > 0) expect(got.length, `seed ${seed}`).toBeGreaterThan(0);
        expect(r.races).toBe(got.length);
        const reports = /^\/\/ reports: (\d+)$/m.exec(text);
        if (reports) expect(r.races, `seed ${seed}`).toBe(Number(reports[1]));
        expect(r.exitCode, `seed ${seed}: ${r.stderr}`).toBe(racy ? 66 : 0);
        if (racy) expect(r.stderr.endsWith(`Found ${got.length} data race(s)\n`)).toBe(true);
        else expect(r.stderr).not.toContain('DATA RACE');
      }
    });
  }
});

describe('counter++ from 100 goroutines', () => {
  it('is reported in every one of 200 seeds although it never crashes', () => {
    const text = source('counter-100.go');
    for (let seed = 1; seed <= 200; seed++) {
      const r = runSource(text, { race: true, seed });
      expect(r.races, `seed ${seed}`).toBeGreaterThan(0);
      expect(r.exitCode).toBe(66);
      expect(r.stdout).toMatch(/^\d+\n$/);
    }
  });
  it('is never reported with the Mutex, in 200 seeds', () => {
    const text = source('counter-mutex.go');
    for (let seed = 1; seed <= 200; seed++) {
      const r = runSource(text, { race: true, seed });
      expect(r.races, `seed ${seed}`).toBe(0);
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toBe('100\n');
    }
  });
});

describe('report format', () => {
  it("prints Go's layout: accesses with stacks, creation stacks, rules of 18 '='", () => {
    const r = runSource(source('two-globals-after-sleep.go'), { race: true, seed: 1 });
    const first = r.stderr.split('==================\n==================\n')[0] + '==================\n';
    expect(first).toBe(
      [
        '==================',
        'WARNING: DATA RACE',
        'Write by main goroutine:',
        '  main.main()',
        '      prog.go:17',
        '',
        'Previous write by goroutine 2:',
        '  main.main.func1()',
        '      prog.go:13',
        '',
        'Goroutine 2 (finished) created at:',
        '  main.main()',
        '      prog.go:12',
        '==================',
        '',
      ].join('\n'),
    );
  });
  it('shows the runtime map function on top of a map access, as Go does', () => {
    const r = runSource(source('map-read-write.go'), { race: true, seed: 1 });
    expect(r.stderr).toContain('Read by main goroutine:\n  runtime.mapaccess1_faststr()\n      runtime/map_faststr.go:13\n  main.main()\n      prog.go:18\n');
    expect(r.stderr).toContain('Previous write by goroutine 2:\n  runtime.mapassign_faststr()\n      runtime/map_faststr.go:223\n  main.main.func1()\n      prog.go:15\n');
  });
  it('shows the callers of the accessing function', () => {
    const text = `package main

import "time"

var n int

func bump() {
	n++
}

func main() {
	go bump()
	time.Sleep(time.Millisecond)
	bump()
}
`;
    const r = runSource(text, { race: true });
    expect(r.stderr).toContain('Read by main goroutine:\n  main.bump()\n      prog.go:8\n  main.main()\n      prog.go:14\n');
    expect(r.stderr).toContain('Goroutine 2 (finished) created at:\n  main.main()\n      prog.go:12\n');
  });
});

describe('exit status', () => {
  const racy = (end: string) => `package main

import (
${end.startsWith('os.') ? '\t"os"\n' : ''}\t"time"
)

var x int

func main() {
	go func() { x = 1 }()
	time.Sleep(time.Millisecond)
	x = 2
	${end}
}
`;
  it('is 66 with Found N when the program exits 0, also through os.Exit(0)', () => {
    for (const end of ['', 'os.Exit(0)']) {
      const r = runSource(racy(end), { race: true });
      expect(r.exitCode).toBe(66);
      expect(r.stderr.endsWith('Found 1 data race(s)\n')).toBe(true);
    }
  });
  it('keeps os.Exit(3) and a panic, without the Found line', () => {
    const a = runSource(racy('os.Exit(3)'), { race: true });
    expect(a.exitCode).toBe(3);
    expect(a.stderr).toContain('WARNING: DATA RACE');
    expect(a.stderr).not.toContain('Found');
    const b = runSource(racy('panic("boom")'), { race: true });
    expect(b.exitCode).toBe(2);
    expect(b.stderr).toContain('WARNING: DATA RACE');
    expect(b.stderr).not.toContain('Found');
  });
  it('keeps the lab stopping a runaway program (budget) and manual pauses as without -race', () => {
    const endless = 'package main\n\nfunc main() {\n\tn := 0\n\tfor {\n\t\tn++\n\t}\n}\n';
    const r = runSource(endless, { race: true, maxSteps: 10_000 });
    expect(r.exitCode).toBe(2);
    expect(r.stopped).toMatch(/step budget/);
    expect(r.stderr).toMatch(/^Go Map Lab: program stopped after 10,000 steps/);
    const p = runSource(source('counter-100.go'), { race: true, policy: 'manual' });
    expect(p.paused?.candidates.length).toBeGreaterThan(0);
  });
  it('leaves runs without -race alone: same output, no report', () => {
    const plain = runSource(source('counter-100.go'), { seed: 3 });
    expect(plain.exitCode).toBe(0);
    expect(plain.stderr).toBe('');
    expect(plain.races).toBeUndefined();
  });
  it('is deterministic: the same seed gives the same report', () => {
    const a = runSource(source('counter-100.go'), { race: true, seed: 9 });
    const b = runSource(source('counter-100.go'), { race: true, seed: 9 });
    expect(a.stderr).toBe(b.stderr);
  });
});

describe('trace', () => {
  it('records race.reported with both accesses, and the previous access points at an earlier step', () => {
    const r = runSource(source('two-globals-after-sleep.go'), { race: true, trace: true, seed: 1 });
    const reader = new TraceReader(r.trace!);
    const races = [];
    for (let i = 0; i < reader.length; i++) if (reader.kindAt(i) === 'race.reported') races.push(reader.get(i)!);
    expect(races.length).toBe(2);
    const e = races[0] as unknown as { g: number; step: number; line: number; op: string; prevG: number; prevLine: number; prevOp: string; prevStep: number; prevEvent: number; index: number };
    expect([e.g, e.line, e.op, e.prevG, e.prevLine, e.prevOp]).toEqual([1, 17, 'write', 2, 13, 'write']);
    expect(e.prevStep).toBeGreaterThanOrEqual(0);
    expect(e.prevStep).toBeLessThan(e.step);
    expect(e.prevEvent).toBeLessThan(e.index);
    expect(reader.goroutineAt(e.prevEvent)).toBe(2);
    // The report's text follows as output on stderr.
    expect(r.stderr).toContain('WARNING: DATA RACE');
  });
});
