// `gomaplab run`, in-process and as a spawned process. Expected texts were checked against
// `go run` (Go 1.23, GOMAXPROCS=2) on the same files: stdout and stderr agree apart from what the
// lab leaves out on purpose (absolute paths and PC offsets in dump lines), and the status is the
// program's own (go run itself exits 1 after printing `exit status N`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from './main.ts';
import { parseRunArgs } from './run.ts';
import type { CliIO } from './io.ts';

const testdata = fileURLToPath(new URL('./testdata/run/', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/gomaplab.mjs', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'gomaplab-run-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const written: Record<string, string> = {};
  const io: CliIO = {
    readFile: (path) => (path in files ? files[path] : readFileSync(join(testdata, path), 'utf8')),
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    writeFile: (path, chunks) => void (written[path] = [...chunks].join('')),
  };
  const status = main(args, io);
  return { status, stdout, stderr, written };
}

describe('gomaplab run, in-process', () => {
  it('prints a program’s output and exits 0', () => {
    expect(run(['run', 'hello.go'])).toMatchObject({ status: 0, stdout: 'hello map[a:1 b:2]\n', stderr: '' });
  });

  it('ends a panic as go run does: message and dump on stderr, exit 2', () => {
    const r = run(['run', 'panic.go']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toBe('panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\nmain.main()\n\tpanic.go:8\nexit status 2\n');
  });

  it('exits with os.Exit’s code', () => {
    expect(run(['run', 'os-exit.go'])).toMatchObject({ status: 3, stdout: 'leaving\n', stderr: 'with status 3\nexit status 3\n' });
  });

  it('prints compile errors as go run does and exits 1 (no exit status line)', () => {
    expect(run(['run', 'compile-error.go'])).toMatchObject({
      status: 1,
      stdout: '',
      stderr: '# command-line-arguments\n./compile-error.go:4:2: declared and not used: x\n',
    });
  });

  it('--procs 1 never crashes the two-writer program; with 2 Ps some seeds crash with Go’s message', () => {
    let crashes = 0;
    for (let seed = 1; seed <= 12; seed++) {
      expect(run(['run', 'map-crash.go', '--procs', '1', '--seed', String(seed)])).toMatchObject({ status: 0, stdout: '', stderr: '4\n' });
      const r = run(['run', 'map-crash.go', '--procs=2', `--seed=${seed}`]);
      if (r.status === 2) {
        crashes++;
        expect(r.stderr).toMatch(/^fatal error: concurrent map writes\n(fatal error: concurrent map writes\n)?\ngoroutine \d+ \[running\]:\n/);
        expect(r.stderr.endsWith('exit status 2\n')).toBe(true);
      } else {
        expect(r).toMatchObject({ status: 0, stderr: '4\n' });
      }
    }
    expect(crashes).toBeGreaterThan(0);
  });

  it('same flags and seed give the same output and trace', () => {
    const a = run(['run', 'map-crash.go', '--procs', '2', '--seed', '6', '--trace', 't.jsonl']);
    const b = run(['run', 'map-crash.go', '--procs', '2', '--seed', '6', '--trace', 't.jsonl']);
    expect(a).toEqual(b);
    expect(a.written['t.jsonl'].length).toBeGreaterThan(0);
  });

  it('--trace writes JSON Lines: a header, then events ending with run.ended; output is unchanged', () => {
    const plain = run(['run', 'map-crash.go', '--procs', '2', '--seed', '6']);
    const traced = run(['run', 'map-crash.go', '--procs', '2', '--seed', '6', '--trace', 'out.jsonl']);
    expect([traced.status, traced.stdout, traced.stderr]).toEqual([plain.status, plain.stdout, plain.stderr]);
    const lines = traced.written['out.jsonl'].trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ trace: 'gomaplab', version: 1, seed: 6, procs: 2, fileName: 'map-crash.go', events: lines.length - 1 });
    expect(lines[1]).toMatchObject({ i: 0, kind: 'goroutine.created', g: 1 });
    expect(lines.at(-1)).toMatchObject({ kind: 'run.ended', exitCode: plain.status });
    lines.slice(1).forEach((l, i) => expect(l.i).toBe(i));
    if (plain.status === 2) expect(lines.some((l) => l.kind === 'fatal.raised' && l.message === 'concurrent map writes')).toBe(true);
  });

  it('a program that does not compile still gets a trace (just its end)', () => {
    const r = run(['run', 'compile-error.go', '--trace', 'c.jsonl']);
    const lines = r.written['c.jsonl'].trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.slice(1)).toEqual([{ i: 0, step: 0, g: 0, kind: 'run.ended', exitCode: 1, instructions: 0, stopped: '' }]);
  });

  it('rejects bad arguments with usage and exit 2', () => {
    const cases: Array<[string[], string]> = [
      [['run'], 'no Go file given'],
      [['run', 'a.go', 'b.go'], 'one file at a time, got 2'],
      [['run', 'notes.txt'], 'notes.txt is not a .go file'],
      [['run', 'a.go', '--seed'], 'flag needs an argument: --seed'],
      [['run', 'a.go', '--seed', 'x'], 'invalid value "x" for flag --seed'],
      [['run', 'a.go', '--seed', '-1'], 'invalid value "-1" for flag --seed'],
      [['run', 'a.go', '--procs', '0'], 'GOMAXPROCS must be 1 to 256'],
      [['run', 'a.go', '--procs=1000'], 'GOMAXPROCS must be 1 to 256'],
      [['run', 'a.go', '--trace='], 'flag --trace needs a file name'],
      [['run', 'a.go', '--frob'], 'unknown flag --frob'],
      [['run', 'a.go', '--go', '1.18'], 'invalid value "1.18" for flag --go: Go version must be one of'],
      [['run', 'a.go', '--go=2.0'], 'invalid value "2.0" for flag --go'],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^gomaplab run: .*${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      expect(r.stderr).toContain('usage: gomaplab run file.go');
    }
  });

  it('parses flags in either form and anywhere on the line', () => {
    expect(parseRunArgs(['--seed=5', 'p.go', '-procs', '3', '--trace', 'o.jsonl'])).toEqual({ file: 'p.go', seed: 5, procs: 3, trace: 'o.jsonl', goVersion: '1.26', race: false });
    expect(parseRunArgs(['p.go'])).toEqual({ file: 'p.go', seed: 1, procs: 8, trace: null, goVersion: '1.26', race: false });
    expect(parseRunArgs(['p.go', '--go', 'go1.21'])).toMatchObject({ goVersion: '1.21' });
  });

  it('--go 1.21 shares a loop variable between iterations, as Go did before 1.22', () => {
    const io: CliIO = { readFile: () => 'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar fs []func() int\n\tfor i := 0; i < 3; i++ {\n\t\tfs = append(fs, func() int { return i })\n\t}\n\tfor _, f := range fs {\n\t\tfmt.Print(f())\n\t}\n}\n', stdout: (t) => void (out += t), stderr: () => {} };
    let out = '';
    expect(main(['run', 'p.go', '--go', '1.21'], io)).toBe(0);
    expect(out).toBe('333');
    out = '';
    expect(main(['run', 'p.go'], io)).toBe(0);
    expect(out).toBe('012');
  });

  it('says clearly when the file cannot be read (exit 1) or the trace cannot be written', () => {
    expect(run(['run', 'missing.go'])).toMatchObject({ status: 1, stdout: '', stderr: 'gomaplab run: cannot read missing.go: no such file or directory\n' });
    let stderr = '';
    const io: CliIO = {
      readFile: (p) => readFileSync(join(testdata, p), 'utf8'),
      stdout: () => {},
      stderr: (t) => void (stderr += t),
      writeFile: () => {
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      },
    };
    expect(main(['run', 'hello.go', '--trace', '/x.jsonl'], io)).toBe(1);
    expect(stderr).toBe('gomaplab run: cannot write /x.jsonl: permission denied\n');
  });

  it('never throws on hostile input', () => {
    for (const text of ['', '\u0000', 'package main', 'package main\nfunc main() { for {} }\nfunc', '}}}((', 'package main\nfunc main() { var m map[int]int; m[1]++ }']) {
      const r = run(['run', 'in.go'], { 'in.go': text });
      expect([0, 1, 2]).toContain(r.status);
      expect(r.stderr).not.toContain('internal error');
    }
  });
});

describe('bin/gomaplab.mjs run as a process', () => {
  const spawn = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: testdata, encoding: 'utf8', timeout: 60_000 });

  it('writes stdout and stderr separately and exits with the program’s status', () => {
    const p = spawn(['run', 'os-exit.go']);
    expect([p.status, p.stdout, p.stderr]).toEqual([3, 'leaving\n', 'with status 3\nexit status 3\n']);
    const c = spawn(['run', 'compile-error.go']);
    expect(c.status).toBe(1);
  });

  it('is deterministic across processes, traced or not, and writes the trace file', () => {
    const out1 = join(scratch, 'a.jsonl');
    const out2 = join(scratch, 'b.jsonl');
    const plain = spawn(['run', 'map-crash.go', '--seed', '6', '--procs', '2']);
    const a = spawn(['run', 'map-crash.go', '--seed', '6', '--procs', '2', '--trace', out1]);
    const b = spawn(['run', 'map-crash.go', '--seed', '6', '--procs', '2', '--trace', out2]);
    expect([a.status, a.stdout, a.stderr]).toEqual([plain.status, plain.stdout, plain.stderr]);
    expect([b.status, b.stdout, b.stderr]).toEqual([plain.status, plain.stdout, plain.stderr]);
    expect(readFileSync(out1, 'utf8')).toBe(readFileSync(out2, 'utf8'));
    expect(plain.stderr).toContain('fatal error: concurrent map writes');
  });
});
