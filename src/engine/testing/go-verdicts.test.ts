// Without Go installed: the committed corpus must still agree with what Go 1.23 said about it
// (src/engine/check/testdata/go-verdicts.json, written by scripts/verify-check-goldens.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { judgeVerdict, type GoVerdict } from './go-verdict.ts';

const testdata = fileURLToPath(new URL('../check/testdata', import.meta.url));
const recorded = JSON.parse(readFileSync(join(testdata, 'go-verdicts.json'), 'utf8')) as {
  go: string;
  files: Record<string, GoVerdict & { sha256: string }>;
};
const corpus = ['ok', 'errors'].flatMap((suite) =>
  readdirSync(join(testdata, suite))
    .filter((n) => n.endsWith('.go'))
    .sort()
    .map((n) => `${suite}/${n}`),
);

describe('go-verdicts.json', () => {
  it('was produced by Go 1.23 and covers exactly the corpus', () => {
    expect(recorded.go).toMatch(/^go1\.23\b/);
    expect(Object.keys(recorded.files).sort()).toEqual([...corpus].sort());
  });

  it.each(corpus)('%s: recorded for the current text, and the markers agree with it', (rel) => {
    const source = readFileSync(join(testdata, rel), 'utf8');
    const v = recorded.files[rel];
    expect(v, `no verdict for ${rel}: run npx tsx scripts/verify-check-goldens.ts`).toBeDefined();
    const hash = createHash('sha256').update(source).digest('hex');
    expect(v.sha256, `${rel} changed since Go judged it: run npx tsx scripts/verify-check-goldens.ts`).toBe(hash);
    expect(judgeVerdict(rel, source, v)).toBe('');
  });
});

describe('judgeVerdict', () => {
  const src = 'package main\n\nfunc main() {\n\t/* ERROR "undefined: wg" */ wg.Wait()\n}\n';
  const at = { line: 4, column: 30 };
  it('agrees when Go reported exactly the marked error', () => {
    expect(judgeVerdict('errors/x.go', src, { build: [{ ...at, message: 'undefined: wg', severity: 'error' }], vet: null })).toBe('');
  });
  it('disagrees when Go reported something else, or more', () => {
    expect(judgeVerdict('errors/x.go', src, { build: [{ ...at, message: 'undefined: wgx', severity: 'error' }], vet: null })).toBe('');
    expect(judgeVerdict('errors/x.go', src, { build: [{ ...at, message: 'undeclared: wg', severity: 'error' }], vet: null })).toMatch(/no matching diagnostic/);
    expect(
      judgeVerdict('errors/x.go', src, {
        build: [
          { ...at, message: 'undefined: wg', severity: 'error' },
          { line: 1, column: 1, message: 'other', severity: 'error' },
        ],
        vet: null,
      }),
    ).toMatch(/1:1: other — unexpected diagnostic/);
  });
  it('expects nothing from Go for UNSUPPORTED markers, and nothing at all for ok files', () => {
    const generic = 'func F[T any]() {} // UNSUPPORTED "not supported"\n';
    expect(judgeVerdict('errors/g.go', generic, { build: [], vet: [] })).toBe('');
    expect(judgeVerdict('ok/a.go', 'package main\n', { build: [], vet: [{ line: 1, column: 1, message: 'w', severity: 'warning' }] })).toMatch(/unexpected/);
  });
});
