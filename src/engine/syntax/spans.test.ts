// Span invariants every consumer relies on (editor markers, the checker's positions): each node
// lies inside the text and inside its parent, for valid and broken programs alike.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../source/source-file.ts';
import { parseFile } from './parser.ts';
import { spanProblems } from './spans.ts';

const dir = fileURLToPath(new URL('./testdata/ast', import.meta.url));

describe('AST spans', () => {
  for (const c of readdirSync(dir).filter((f) => f.endsWith('.go')).sort()) {
    it(`${c}: every node inside the text and inside its parent`, () => {
      const text = readFileSync(`${dir}/${c}`, 'utf8');
      expect(spanProblems(parseFile(new SourceFile(c, text)).ast, text.length)).toEqual([]);
    });
  }

  it('holds for every prefix of a program (truncated input)', () => {
    const text = readFileSync(`${dir}/mutex-fix.go`, 'utf8');
    for (let i = 0; i <= text.length; i += 3) {
      const cut = text.slice(0, i);
      expect(spanProblems(parseFile(new SourceFile('cut.go', cut)).ast, cut.length), `prefix ${i}`).toEqual([]);
    }
  });
});
