// The command line against Go: testdata/<case>.go with <case>.stderr holding what Go 1.23 printed
// (`go build`; for files that build, `go vet` under a `# vet` header), with gc's `# package`
// header and `./` prefix removed. vet ran in a module named main, the lab's convention
// (src/engine/check/testdata/README.md), so types print as `main.counter`. See check.ts for the
// output rules.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';
import type { CliIO } from './io.ts';

const testdata = fileURLToPath(new URL('./testdata/', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/gomaplab.mjs', import.meta.url));
const cases = readdirSync(testdata).filter((f) => f.endsWith('.go')).sort();

/** Runs main() in-process with files read from testdata and output captured. */
function run(args: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    readFile: (path) => {
      if (path in files) return files[path];
      return readFileSync(join(testdata, path), 'utf8');
    },
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  };
  const status = main(args, io);
  return { status, stdout, stderr };
}

describe('gomaplab check, against Go', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(5));

  for (const file of cases) {
    it(`prints what Go prints for ${file}`, () => {
      const expected = readFileSync(join(testdata, file.replace(/\.go$/, '.stderr')), 'utf8');
      const r = run(['check', file]);
      expect(r.stderr).toBe(expected);
      expect(r.stdout).toBe('');
      const hasErrors = expected !== '' && !expected.startsWith('# vet');
      expect(r.status).toBe(hasErrors ? 1 : 0);
    });
  }
});

describe('gomaplab usage', () => {
  it('prints usage and exits 2 without arguments or with an unknown command', () => {
    for (const args of [[], ['frobnicate'], ['compile', 'prog.go']]) {
      const r = run(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('usage: gomaplab <command>');
      expect(r.stderr).toContain('check');
    }
    expect(run(['frobnicate']).stderr).toMatch(/^gomaplab: unknown command "frobnicate"/);
  });

  it('prints help to stdout and exits 0', () => {
    const r = run(['--help']);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('usage: gomaplab <command>');
    expect(run(['check', '-h']).stdout).toBe('usage: gomaplab check file.go\n');
  });

  it('rejects bad check arguments with exit 2', () => {
    expect(run(['check'])).toMatchObject({ status: 2, stderr: 'gomaplab check: no Go file given\nusage: gomaplab check file.go\n' });
    expect(run(['check', 'a.go', 'b.go'])).toMatchObject({ status: 2, stderr: expect.stringContaining('one file at a time, got 2') });
    expect(run(['check', '-x', 'a.go'])).toMatchObject({ status: 2, stderr: expect.stringContaining('unknown flag -x') });
    expect(run(['check', 'notes.txt'])).toMatchObject({ status: 2, stderr: expect.stringContaining('notes.txt is not a .go file') });
  });

  it('says clearly when a file cannot be read, and exits 1', () => {
    expect(run(['check', 'missing.go'])).toEqual({ status: 1, stdout: '', stderr: 'gomaplab check: cannot read missing.go: no such file or directory\n' });
  });

  it('never throws on hostile input', () => {
    for (const text of ['', '\u0000\u0000', 'package', '}}}}((((', 'package main\nfunc main() { "unterminated', '\uFEFFpackage main', 'x'.repeat(10_000)]) {
      const r = run(['check', 'in.go'], { 'in.go': text });
      expect([0, 1]).toContain(r.status);
      expect(r.stderr).not.toContain('internal error');
    }
  });
});

describe('bin/gomaplab.mjs as a process', () => {
  const spawn = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: testdata, encoding: 'utf8', timeout: 30_000 });

  it('checks a file with errors: gc lines on stderr, exit 1', () => {
    const p = spawn(['check', 'errors.go']);
    expect(p.stderr).toBe(readFileSync(join(testdata, 'errors.stderr'), 'utf8'));
    expect(p.status).toBe(1);
  });

  it('checks a clean file silently with exit 0, and reports usage with exit 2', () => {
    const ok = spawn(['check', 'map-crash.go']);
    expect([ok.status, ok.stdout, ok.stderr]).toEqual([0, '', '']);
    const bad = spawn([]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('usage: gomaplab');
  });

  it('reports an unreadable file with exit 1', () => {
    const p = spawn(['check', 'nope.go']);
    expect([p.status, p.stderr]).toEqual([1, 'gomaplab check: cannot read nope.go: no such file or directory\n']);
  });
});
