// Parser goldens: testdata/ast/<case>.go → <case>.ast (diagnostics + AST dump), and a
// print-then-reparse round trip over the same cases.
//
// UPDATE_GOLDENS=1 rewrites the .ast files; on a mismatch the test writes <case>.actual beside
// the golden so the difference can be read with any diff tool.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../source/source-file.ts';
import { positionDiagnostic } from '../source/diagnostic.ts';
import { parseFile } from './parser.ts';
import { dumpAst } from './print-ast.ts';
import { printFile } from './print-go.ts';

const dir = fileURLToPath(new URL('./testdata/ast', import.meta.url));
const cases = readdirSync(dir).filter((f) => f.endsWith('.go')).sort();
const update = process.env.UPDATE_GOLDENS === '1';

function golden(name: string, text: string): string {
  const file = new SourceFile(name, text);
  const { ast, diagnostics } = parseFile(file);
  const diags = diagnostics.map((d) => {
    const p = positionDiagnostic(file, d);
    return `${p.line}:${p.column}: ${d.code}: ${d.message}`;
  });
  return `diagnostics: ${diags.length}\n${diags.map((d) => '  ' + d + '\n').join('')}${dumpAst(ast, { file })}`;
}

describe('parser goldens (testdata/ast)', () => {
  it('has at least 25 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  for (const c of cases) {
    it(c, () => {
      const base = join(dir, c.replace(/\.go$/, ''));
      const got = golden(c, readFileSync(join(dir, c), 'utf8'));
      if (update) {
        writeFileSync(base + '.ast', got);
        return;
      }
      const want = existsSync(base + '.ast') ? readFileSync(base + '.ast', 'utf8') : '';
      if (got !== want) writeFileSync(base + '.actual', got);
      else if (existsSync(base + '.actual')) rmSync(base + '.actual');
      expect(got, `${c}: see ${base}.actual (UPDATE_GOLDENS=1 to accept)`).toBe(want);
    });
  }
});

describe('print-then-reparse round trip', () => {
  for (const c of cases) {
    it(c, () => {
      const text = readFileSync(join(dir, c), 'utf8');
      const first = parseFile(new SourceFile(c, text));
      const syntaxErrors = first.diagnostics.filter((d) => !d.code.startsWith('unsupported_'));
      if (syntaxErrors.length > 0) {
        // Broken files still print and reparse without throwing; their trees need not match.
        expect(() => parseFile(new SourceFile('printed.go', printFile(first.ast)))).not.toThrow();
        return;
      }
      const printed = printFile(first.ast);
      const second = parseFile(new SourceFile('printed.go', printed));
      expect(second.diagnostics.map((d) => d.message)).toEqual(first.diagnostics.map((d) => d.message));
      expect(dumpAst(second.ast, { comments: false })).toBe(dumpAst(first.ast, { comments: false }));
      // Printing is a fixed point after one round.
      expect(printFile(second.ast)).toBe(printed);
    });
  }
});
