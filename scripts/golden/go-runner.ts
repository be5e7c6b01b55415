// Builds one Go source file with the real Go 1.23 toolchain and runs the binary, capturing raw output.
//
// Goldens come from the built binary, not `go run`: `go run` turns every non-zero status into its own
// exit 1 and appends `exit status N` to stderr. Each program is copied to a fresh temporary directory as
// prog.go next to a go.mod that says `go 1.23`, so the language version (per-iteration loop variables,
// panic(nil) behaviour) is that of Go 1.23 and not whatever a module-less build would pick.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunOutcome } from './out-format.ts';

export const goBinary = process.env.GO_BINARY ?? '/usr/lib/go-1.23/bin/go';

export interface Built {
  dir: string;
  binary: string;
  /** Removes the temporary directory. */
  dispose(): void;
}

export type BuildResult = { ok: true; built: Built } | { ok: false; error: string };

export interface RawRun extends RunOutcome {
  /** The run was killed after the time limit; exit is then -1. */
  timedOut: boolean;
}

/** Environment for the toolchain and for the programs: no inherited Go settings that change behaviour. */
export function goEnv(gomaxprocs?: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '' };
  for (const name of ['GOMAXPROCS', 'GOTRACEBACK', 'GODEBUG', 'GORACE', 'GOGC', 'GOMEMLIMIT']) delete env[name];
  if (gomaxprocs !== undefined) env.GOMAXPROCS = String(gomaxprocs);
  return env;
}

function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }): Promise<RawRun> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ stdout: '', stderr: String(error), exit: -1, timedOut: false });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        exit: timedOut || code === null ? -1 : code,
        timedOut,
      });
    });
  });
}

/**
 * The language version a program is built for: `go 1.23` unless it has a `// golden: go=1.21` line
 * (the lab runs it with the same RunOptions.goVersion; loop variables are shared before 1.22).
 */
export function goLanguageVersion(source: string): string {
  return /^\/\/ golden: go=(1\.\d+)$/m.exec(source)?.[1] ?? '1.23';
}

/** Copies `source` to a temporary prog.go and builds it. */
export async function buildGo(source: string): Promise<BuildResult> {
  const dir = mkdtempSync(join(tmpdir(), 'gomaplab-golden-'));
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  writeFileSync(join(dir, 'go.mod'), `module prog\n\ngo ${goLanguageVersion(source)}\n`);
  writeFileSync(join(dir, 'prog.go'), source);
  const binary = join(dir, 'prog');
  const result = await run(goBinary, ['build', '-o', binary, '.'], { cwd: dir, env: goEnv(), timeoutMs: 120_000 });
  if (result.exit !== 0) {
    dispose();
    return { ok: false, error: result.stderr || `go build exited with ${result.exit}` };
  }
  return { ok: true, built: { dir, binary, dispose } };
}

/** Runs a built program once. `gomaxprocs` undefined leaves GOMAXPROCS unset (Go then uses the CPU count). */
export function runBuilt(built: Built, gomaxprocs: number | undefined, timeoutMs: number): Promise<RawRun> {
  return run(built.binary, [], { cwd: built.dir, env: goEnv(gomaxprocs), timeoutMs });
}

/** Asks the toolchain where its standard library lives, for `normalizeGoStderr`'s goroot option. */
export async function goRoot(): Promise<string> {
  const result = await run(goBinary, ['env', 'GOROOT'], { cwd: tmpdir(), env: goEnv(), timeoutMs: 30_000 });
  return result.stdout.trim();
}
