// Bad input is normal input: the checker must never throw on any tree the parser produces, including
// trees with recovery nodes. Variants of the corpus with lines deleted or tokens swapped are checked
// directly (bypassing the pipeline's stop-after-syntax-errors rule) and must finish without throwing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../source/source-file.ts';
import { parseFile } from '../syntax/parser.ts';
import { checkFile } from './checker.ts';

const testdata = fileURLToPath(new URL('./testdata', import.meta.url));
const corpus = ['ok', 'errors'].flatMap((sub) =>
  readdirSync(join(testdata, sub))
    .filter((n) => n.endsWith('.go'))
    .map((n) => ({ name: `${sub}/${n}`, text: readFileSync(join(testdata, sub, n), 'utf8') })),
);

/** Deterministic variants: about 25 lines deleted in turn (evenly spaced), and a few token substitutions. */
function variants(text: string): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  const step = Math.max(1, Math.floor(lines.length / 25));
  for (let i = 0; i < lines.length; i += step) out.push([...lines.slice(0, i), ...lines.slice(i + 1)].join('\n'));
  const swaps: [RegExp, string][] = [[/int/g, 'string'], [/:=/g, '='], [/\*/g, ''], [/\bfunc\b/g, 'func[T any]'], [/return/g, 'return 1,']];
  for (const [re, by] of swaps) out.push(text.replace(re, by));
  return out;
}

function checkNoThrow(text: string): number {
  const file = new SourceFile('prog.go', text);
  const parsed = parseFile(file);
  return checkFile(file, parsed.ast).diagnostics.length;
}

describe('checker robustness', () => {
  it.each(corpus.map((c) => [c.name, c.text] as const))('never throws on variants of %s', (_name, text) => {
    for (const v of variants(text)) expect(() => checkNoThrow(v)).not.toThrow();
  });

  it('handles pathological programs', () => {
    const cases = [
      '',
      'package main',
      'package main\ntype T T\nfunc main() {}',
      'package main\ntype A B\ntype B A\nfunc main() {}',
      'package main\ntype T [len(T{})]int\nfunc main() {}',
      'package main\nvar x = x\nfunc main() {}',
      'package main\nconst c = 1 << 100000\nfunc main() {}',
      'package main\nfunc main() { var a [1 << 62]int; _ = a }',
      'package main\ntype I interface{ I }\nfunc main() {}',
      'package main\nfunc main() { f := func() { f() } }',
      'package main\nimport . "fmt"\nfunc main() { Println() }',
    ];
    for (const src of cases) expect(() => checkNoThrow(src)).not.toThrow();
  });
});
