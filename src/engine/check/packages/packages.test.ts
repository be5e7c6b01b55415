// Every supported member through the whole front end: testdata/members/<pkg>.go uses each member correctly
// and must check clean; <pkg>-bad<N>.go passes a wrong argument to each function and method, and our
// errors must be exactly gc 1.23's, saved beside it as <pkg>-bad<N>.gc by testdata/gen-member-programs.ts.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkSource } from '../../check-source.ts';
import { stdPackages } from './index.ts';

const dir = new URL('./testdata/members/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.go')).sort();
const good = files.filter((f) => !f.includes('-bad'));
const bad = files.filter((f) => f.includes('-bad'));

/** gc's output: `LINE:COL: message`, with the tab-indented continuation lines (have/want) joined by newlines. */
function parseGc(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('\t') && out.length > 0) out[out.length - 1] += '\n' + line;
    else if (line.trim() !== '') out.push(line);
  }
  return out;
}

describe('std members through checkSource', () => {
  test('every package has a correct-use program', () => {
    expect(good.map((f) => f.slice(0, -3)).sort()).toEqual(Object.keys(stdPackages).map((p) => p.replace('/', '-')).sort());
  });

  test.each(good)('%s checks clean (go build accepts it)', (f) => {
    const result = checkSource(readFileSync(new URL(f, dir), 'utf8'), 'prog.go');
    expect(result.diagnostics.map((d) => `${d.line}:${d.column}: ${d.message}`)).toEqual([]);
  });

  // Every member-misuse program gives exactly gc's errors (the two earlier known differences,
  // float constants and empty func literals in messages, were fixed in the checker core).
  test.each(bad)('%s gives gc\'s errors', (f) => {
    expect(diagnosticsOf(f)).toEqual(expectedOf(f));
  });

  function diagnosticsOf(f: string): string[] {
    return checkSource(readFileSync(new URL(f, dir), 'utf8'), 'prog.go').diagnostics.map((d) => `${d.line}:${d.column}: ${d.message}`);
  }
  function expectedOf(f: string): string[] {
    return parseGc(readFileSync(new URL(f.replace(/\.go$/, '.gc'), dir), 'utf8'));
  }

});
