// Runs every program of testdata/run through the lab and compares with what real Go 1.23 printed.
//
// The runtime issue is being built in slices, so the suite is a ratchet: every case named in
// testdata/run-passing.txt must match Go exactly (stdout, normalised stderr, exit status), and the
// summary reports how many of all cases match. `UPDATE_PASSING=1 npx vitest run src/engine/run-golden`
// rewrites the list with every case that matches now (the list only grows when behaviour is right).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSource } from './run-source.ts';
import { parseOut } from '../../scripts/golden/out-format.ts';
import { normalizeGoStderr } from '../../scripts/golden/normalize.ts';
import { goLanguageVersion } from '../../scripts/golden/go-runner.ts';

const dir = join(import.meta.dirname, 'testdata', 'run');
const listFile = join(import.meta.dirname, 'testdata', 'run-passing.txt');
const cases = readdirSync(dir).filter((f) => f.endsWith('.go')).map((f) => f.slice(0, -3)).sort();
const passing = existsSync(listFile) ? readFileSync(listFile, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')) : [];

interface Outcome {
  stdout: string;
  stderr: string;
  exit: number;
}

function runCase(name: string): { want: Outcome; got: Outcome } {
  const src = readFileSync(join(dir, `${name}.go`), 'utf8');
  const parsed = parseOut(readFileSync(join(dir, `${name}.out`), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}.out: ${parsed.error}`);
  const r = runSource(src, { seed: 1, procs: 1, maxSteps: 20_000_000, goVersion: goLanguageVersion(src) });
  return {
    want: { stdout: parsed.outcome.stdout, stderr: parsed.outcome.stderr, exit: parsed.outcome.exit },
    got: { stdout: r.stdout, stderr: normalizeGoStderr(r.stderr), exit: r.exitCode },
  };
}

describe('run goldens (programs with the outputs real Go 1.23 gives)', () => {
  it.each(passing)('%s matches Go', (name) => {
    const { want, got } = runCase(name);
    expect(got).toEqual(want);
  });

  it('reports how many of all cases match Go', () => {
    const matching: string[] = [];
    for (const name of cases) {
      try {
        const { want, got } = runCase(name);
        if (got.stdout === want.stdout && got.stderr === want.stderr && got.exit === want.exit) matching.push(name);
      } catch {
        // a case the lab cannot run yet counts as not matching
      }
    }
    console.log(`run goldens: ${matching.length} of ${cases.length} programs match real Go 1.23`);
    if (process.env.UPDATE_PASSING) {
      writeFileSync(listFile, `# Cases of testdata/run the lab must match exactly (see run-golden.test.ts).\n${matching.join('\n')}\n`);
    }
    // Every listed case must still be among the matching ones.
    expect(passing.filter((p) => !matching.includes(p))).toEqual([]);
  });
});
