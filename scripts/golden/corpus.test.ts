// Checks the committed Go corpora are well formed, without Go: every program has its golden, every
// golden parses, stored stderr is already normalised, and crash programs state an expected outcome.
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeGoStderr } from './normalize.ts';
import { formatOut, parseOut } from './out-format.ts';
import { parseExpect } from './expect-format.ts';

const testdata = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'engine', 'testdata');
const runDir = join(testdata, 'run');
const crashDir = join(testdata, 'crash');

function baseNames(dir: string, ext: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length))
    .sort();
}

describe('run corpus', () => {
  const programs = baseNames(runDir, '.go');
  const goldens = baseNames(runDir, '.out');

  it('has at least 150 programs, each with exactly one .out', () => {
    expect(programs.length).toBeGreaterThanOrEqual(150);
    expect(goldens).toEqual(programs);
  });

  it('names every program in lower-case words joined by hyphens', () => {
    for (const name of programs) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  for (const name of goldens) {
    it(`${name}.out is a valid, normalised golden`, () => {
      const text = readFileSync(join(runDir, `${name}.out`), 'utf8');
      const parsed = parseOut(text);
      if (!parsed.ok) throw new Error(parsed.error);
      const { stderr, exit } = parsed.outcome;
      expect(formatOut(parsed.outcome)).toBe(text);
      expect(normalizeGoStderr(stderr)).toBe(stderr);
      expect(stderr).not.toMatch(/\+0x[0-9a-f]+$|\/tmp\/|0xc0000/m);
      // Exit 2 is Go's status for an unrecovered panic or a fatal error, and then stderr says which.
      if (exit === 2) expect(stderr).toMatch(/^(panic|fatal error): /m);
      if (exit === 0) expect(stderr).not.toMatch(/^(panic|fatal error): /m);
    });
  }
});

describe('crash corpus', () => {
  const programs = baseNames(crashDir, '.go');

  it('gives every program an .expect file, and every crash program a .sample dump', () => {
    expect(programs.length).toBeGreaterThan(0);
    expect(baseNames(crashDir, '.expect')).toEqual(programs);
    const crashing = programs.filter((name) => {
      const parsed = parseExpect(readFileSync(join(crashDir, `${name}.expect`), 'utf8'));
      return parsed.ok && parsed.expect.kind === 'crash';
    });
    expect(baseNames(crashDir, '.sample')).toEqual(crashing);
  });

  for (const name of programs) {
    it(`${name}.expect parses and matches its sample`, () => {
      const parsed = parseExpect(readFileSync(join(crashDir, `${name}.expect`), 'utf8'));
      if (!parsed.ok) throw new Error(parsed.error);
      if (parsed.expect.kind === 'crash') {
        const sample = readFileSync(join(crashDir, `${name}.sample`), 'utf8');
        expect(sample.startsWith(`fatal error: ${parsed.expect.messages[0]}\n`)).toBe(true);
        expect(normalizeGoStderr(sample)).toBe(sample);
      }
    });
  }
});
