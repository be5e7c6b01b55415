// Registry test for the diagnostic catalogue: every code is used by the checker, every code the
// checker emits is catalogued, and templates format as documented.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../source/source-file.ts';
import { parseFile } from '../syntax/parser.ts';
import { checkFile } from './checker.ts';
import { formatMessage, messages, type Code } from './messages.ts';

const dir = fileURLToPath(new URL('.', import.meta.url));
const sources = readdirSync(dir)
  .filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts') && n !== 'messages.ts')
  .map((n) => readFileSync(join(dir, n), 'utf8'))
  .join('\n');

function goFiles(sub: string): string[] {
  const d = join(dir, 'testdata', sub);
  return readdirSync(d).filter((n) => n.endsWith('.go')).map((n) => readFileSync(join(d, n), 'utf8'));
}

describe('message catalogue', () => {
  const codes = Object.keys(messages) as Code[];

  it('uses stable snake_case codes', () => {
    for (const code of codes) expect(code).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });

  it.each(codes)('%s is emitted somewhere in the checker', (code) => {
    expect(sources.includes(`'${code}'`)).toBe(true);
  });

  it('emits only catalogued codes on the corpus', () => {
    const emitted = new Set<string>();
    for (const text of [...goFiles('errors'), ...goFiles('ok')]) {
      const file = new SourceFile('prog.go', text);
      const parsed = parseFile(file);
      if (parsed.diagnostics.some((d) => d.severity === 'error')) continue;
      for (const d of checkFile(file, parsed.ast).diagnostics) emitted.add(d.code);
    }
    expect(emitted.size).toBeGreaterThan(20);
    const unknown = [...emitted].filter((c) => !(c in messages) && c !== 'copied_lock');
    expect(unknown).toEqual([]);
  });

  it('fills placeholders in order and keeps the hint apart', () => {
    expect(formatMessage('undefined_pkg_member', ['fmt', 'Foo'])).toEqual({
      message: 'undefined: fmt.Foo',
      hint: messages.undefined_pkg_member.hint,
    });
    expect(formatMessage('wrong_arg_count', ['too many', 'f', '(number, number)', '(int)']).message).toBe(
      'too many arguments in call to f\n\thave (number, number)\n\twant (int)',
    );
    expect(formatMessage('missing_return', []).hint).toMatch(/return/);
  });
});
