// Crash dumps follow the Go version: each testdata/versions program's stderr under Go 1.19 and 1.23
// is what that real toolchain printed (scripts/gen-version-dumps.ts, GOMAXPROCS=1), normalised the
// same way on both sides. Go 1.24+ is not installed: its frames are checked against the shape of
// public 1.24–1.26 dumps (go-facts.md §2.3, §8.2).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSource } from './run-source.ts';
import { normalizeGoStderr } from '../../scripts/golden/normalize.ts';

const dir = join(import.meta.dirname, 'testdata/versions');
const goldens = readdirSync(dir).filter((f) => /\.go1\d\d\.stderr$/.test(f)).sort();

describe('dumps match the real toolchain of each version', () => {
  it.each(goldens)('%s', (golden) => {
    const m = /^(.*)\.go1(\d\d)\.stderr$/.exec(golden)!;
    const src = readFileSync(join(dir, `${m[1]}.go`), 'utf8');
    const [exitLine, ...rest] = readFileSync(join(dir, golden), 'utf8').split('\n');
    const r = runSource(src, { goVersion: `1.${m[2]}`, procs: 1, seed: 1 });
    expect({ exit: r.exitCode, stderr: normalizeGoStderr(r.stderr) }).toEqual({ exit: Number(exitLine.slice(5)), stderr: rest.join('\n') });
  });
  it('covers both installed toolchains', () => {
    expect(new Set(goldens.map((g) => /go1(\d\d)/.exec(g)![1]))).toEqual(new Set(['19', '23']));
  });
});

const crash = readFileSync(join(import.meta.dirname, '../../lessons/01-the-crash/crash.go'), 'utf8');
const firstCrash = (goVersion: string) => {
  for (let seed = 1; seed < 50; seed++) {
    const r = runSource(crash, { goVersion, seed, procs: 8 });
    if (r.stderr.startsWith('fatal error: concurrent map writes')) return r.stderr;
  }
  throw new Error('no crash in 50 seeds');
};

describe('Go 1.24+ dumps', () => {
  it.each([
    ['1.23', null],
    ['1.24', 'runtime/panic.go:1058'],
    ['1.25', 'runtime/panic.go:1046'],
    ['1.26', 'runtime/panic.go:1181'],
  ])('a map fatal under Go %s starts the failing stack with maps.fatal: %s', (version, line) => {
    const lines = firstCrash(version).split('\n');
    // fatal error, blank, goroutine header, then the first frame.
    if (line === null) expect(lines[3]).toMatch(/^main\./);
    else expect(lines.slice(3, 6)).toEqual(['internal/runtime/maps.fatal(...)', `\t${line}`, expect.stringMatching(/^main\./)]);
  });
  it('an unlock of an unlocked Mutex fails inside internal/sync (Go 1.24.x dump)', () => {
    const r = runSource(readFileSync(join(dir, 'unlock-unlocked.go'), 'utf8'), { goVersion: '1.24', procs: 1 });
    expect(r.stderr).toContain('goroutine 1 [running]:\ninternal/sync.fatal(...)\n\truntime/panic.go:1068\ninternal/sync.(*Mutex).unlockSlow(...)\n\tinternal/sync/mutex.go:204\ninternal/sync.(*Mutex).Unlock(...)\n\tinternal/sync/mutex.go:198\nsync.(*Mutex).Unlock(...)\n\tsync/mutex.go:65\nmain.main()\n');
  });

  it('names the WaitGroup wait and shows Mutex inside internal/sync', () => {
    const r = runSource(readFileSync(join(dir, 'sync-deadlock.go'), 'utf8'), { goVersion: '1.26', procs: 1 });
    expect(r.stderr).toContain('goroutine 1 [sync.WaitGroup.Wait]:\nsync.runtime_SemacquireWaitGroup(...)\n\truntime/sema.go:114\nsync.(*WaitGroup).Wait(...)\n\tsync/waitgroup.go:206\n');
    expect(r.stderr).toContain('[sync.Mutex.Lock]:\ninternal/sync.runtime_SemacquireMutex(...)\n\truntime/sema.go:95\ninternal/sync.(*Mutex).lockSlow(...)\n\tinternal/sync/mutex.go:149\ninternal/sync.(*Mutex).Lock(...)\n\tinternal/sync/mutex.go:70\nsync.(*Mutex).Lock(...)\n\tsync/mutex.go:46\n');
  });
});
