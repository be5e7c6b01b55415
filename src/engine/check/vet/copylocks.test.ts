// copylocks against go vet 1.23: each testdata/<case>.go was run through `go vet` in a module named main,
// and its output (without the file name) is testdata/<case>.vet. The check must say exactly that.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkSource } from '../../check-source.ts';
import { SourceFile } from '../../source/source-file.ts';
import { parseFile } from '../../syntax/parser.ts';
import { newTypeInfo } from '../info.ts';
import { vetCopyLocks } from './copylocks.ts';

const dir = new URL('./testdata/', import.meta.url);
const cases = readdirSync(dir).filter((f) => f.endsWith('.go')).map((f) => f.slice(0, -3)).sort();

function byPosition(lines: string[]): string[] {
  const key = (l: string) => l.split(':').slice(0, 2).map(Number);
  return lines.slice().sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]);
}

describe('copylocks agrees with go vet 1.23', () => {
  test('there are cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  test.each(cases)('%s.go', (name) => {
    const src = readFileSync(new URL(`${name}.go`, dir), 'utf8');
    const want = readFileSync(new URL(`${name}.vet`, dir), 'utf8').split('\n').filter((l) => l.trim() !== '');
    const result = checkSource(src, 'prog.go');
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
    const got = result.diagnostics.filter((d) => d.code === 'copied_lock').map((d) => `${d.line}:${d.column}: ${d.message}`);
    expect(byPosition(got)).toEqual(byPosition(want));
    // Warnings do not stop a run.
    expect(result.ok).toBe(true);
    for (const d of result.diagnostics.filter((x) => x.code === 'copied_lock')) {
      expect(d.severity).toBe('warning');
      expect(d.hint).toBeTruthy();
    }
  });
});

describe('copylocks on incomplete input', () => {
  test('without type information it reports nothing and does not throw', () => {
    for (const name of cases) {
      const file = new SourceFile('prog.go', readFileSync(new URL(`${name}.go`, dir), 'utf8'));
      expect(vetCopyLocks(parseFile(file).ast, newTypeInfo())).toEqual([]);
    }
  });

  test('a broken tree (parser recovery) is walked without throwing', () => {
    const ast = parseFile(new SourceFile('prog.go', 'package main\nfunc main() {\n\tx := \n\tfor range {\n')).ast;
    expect(() => vetCopyLocks(ast, newTypeInfo())).not.toThrow();
  });
});
