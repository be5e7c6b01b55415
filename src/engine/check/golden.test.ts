// The front end's acceptance corpus: testdata/ok must check clean, testdata/errors must match its markers exactly.
// Marker rules: src/engine/check/testdata/README.md. Go's own verdicts: testdata/go-verdicts.json
// (scripts/verify-check-goldens.ts). On failure, <case>.actual beside the file holds our diagnostics.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../check-source.ts';
import { corpusProblems } from '../testing/corpus-rules.ts';
import { parseMarkers } from '../testing/markers.ts';
import { describeMismatch, formatFinding, matchMarkers, type Finding } from '../testing/match-markers.ts';

const testdata = fileURLToPath(new URL('./testdata', import.meta.url));

function goFiles(suite: string): string[] {
  const dir = join(testdata, suite);
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.go')).sort() : [];
}

function runCase(suite: 'ok' | 'errors', name: string): void {
  const path = join(testdata, suite, name);
  const text = readFileSync(path, 'utf8');
  const { markers, problems } = parseMarkers(text);
  expect(problems, `malformed markers in ${suite}/${name}`).toEqual([]);
  expect(corpusProblems(suite, markers), `${suite}/${name} breaks a corpus rule`).toEqual([]);

  const result = checkSource(text, name);
  const findings: Finding[] = result.diagnostics.map((d) => ({
    line: d.line,
    column: d.column,
    message: d.message,
    severity: d.severity,
    code: d.code,
  }));
  const match = matchMarkers(markers, findings);
  const actualPath = path.replace(/\.go$/, '.actual');
  if (match.ok) {
    rmSync(actualPath, { force: true });
    return;
  }
  writeFileSync(actualPath, findings.map((f) => `${name}:${formatFinding(f)}\n`).join(''));
  expect.fail(`${suite}/${name} does not match its expectations (ours: ${actualPath}):\n${describeMismatch(name, match)}`);
}

describe('checker corpus: ok programs check clean', () => {
  const files = goFiles('ok');
  it('has ok programs', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('ok/%s', (name) => runCase('ok', name));
});

describe('checker corpus: errors match their markers', () => {
  const files = goFiles('errors');
  it('has error cases', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('errors/%s', (name) => runCase('errors', name));
});
