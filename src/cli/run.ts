// `gomaplab run prog.go [--seed N] [--procs N] [--trace out.jsonl]`: run a Go file as `go run` would.
//
// The program's standard output goes to stdout, the runtime's messages (panics, fatal errors
// and their goroutine dumps, compile errors) to stderr, and the exit status is Go's: 0, 1 for
// compile errors, 2 for panics and fatal errors, n for os.Exit(n). Like `go run`, the command
// adds `exit status N` on stderr when a program that ran fails (not when it did not compile). The same file, flags and seed always
// give the same output (the engine is deterministic). --trace writes the run's event trace as
// JSON Lines (src/engine/trace/jsonl.ts). --race reports data races (src/engine/race/). Bad usage exits 2 (as `go` does), an unreadable
// file 1.
import { basename } from 'node:path';
import { runSource } from '../engine/run-source.ts';
import { TraceReader } from '../engine/trace/reader.ts';
import { jsonlChunks } from '../engine/trace/jsonl.ts';
import { describeReadError, exitFailed, exitUsage, type CliIO } from './io.ts';

export const runUsage = `usage: gomaplab run file.go [--seed N] [--procs N] [--go 1.N] [--race] [--trace out.jsonl]

  --seed N          seed of the scheduler and the runtime's randomness (default 1)
  --procs N         GOMAXPROCS, 1 to 256 (default 8)
  --go 1.N          the Go version to model, 1.19 to 1.26 (default 1.23); before 1.22 a loop's
                    variables are shared by all its iterations
  --race            run with Go's race detector: data races are reported as Go's -race does,
                    and a program that then exits 0 exits 66 after \`Found N data race(s)\`
  --trace FILE      write the run's event trace to FILE as JSON Lines`;

interface RunArgs {
  file: string;
  seed: number;
  procs: number;
  trace: string | null;
  goVersion: string;
  race: boolean;
}

/** The Go versions `--go` accepts. */
export const goVersions = ['1.19', '1.20', '1.21', '1.22', '1.23', '1.24', '1.25', '1.26'];

/** Parses the arguments, or returns the usage error to print. */
export function parseRunArgs(args: readonly string[]): RunArgs | string {
  const out: RunArgs = { file: '', seed: 1, procs: 8, trace: null, goVersion: '1.23', race: false };
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    let arg = args[i];
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (eq >= 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const name = arg.replace(/^--?/, '');
    if (name === 'race') {
      // A boolean flag as Go's: -race, --race, -race=true|false.
      if (value !== undefined && value !== 'true' && value !== 'false') return `invalid boolean value "${value}" for flag ${arg}`;
      out.race = value !== 'false';
      continue;
    }
    if (name !== 'seed' && name !== 'procs' && name !== 'trace' && name !== 'go') return `unknown flag ${arg}`;
    if (value === undefined) {
      if (i + 1 >= args.length) return `flag needs an argument: ${arg}`;
      value = args[++i];
    }
    if (name === 'go') {
      const v = value.replace(/^go/, '');
      if (!goVersions.includes(v)) return `invalid value "${value}" for flag ${arg}: Go version must be one of ${goVersions.join(', ')}`;
      out.goVersion = v;
      continue;
    }
    if (name === 'trace') {
      if (value === '') return 'flag --trace needs a file name';
      out.trace = value;
      continue;
    }
    if (!/^\d+$/.test(value)) return `invalid value "${value}" for flag ${arg}: not a non-negative integer`;
    const n = Number(value);
    if (name === 'seed') {
      if (!Number.isSafeInteger(n)) return `invalid value "${value}" for flag ${arg}: too large`;
      out.seed = n;
    } else {
      if (n < 1 || n > 256) return `invalid value "${value}" for flag ${arg}: GOMAXPROCS must be 1 to 256`;
      out.procs = n;
    }
  }
  if (files.length !== 1) return files.length === 0 ? 'no Go file given' : `one file at a time, got ${files.length}`;
  if (!files[0].endsWith('.go')) return `${files[0]} is not a .go file`;
  out.file = files[0];
  return out;
}

export function runCommand(args: readonly string[], io: CliIO): number {
  const parsed = parseRunArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`gomaplab run: ${parsed}\n${runUsage}\n`);
    return exitUsage;
  }
  let text: string;
  try {
    text = io.readFile(parsed.file);
  } catch (error) {
    io.stderr(`gomaplab run: cannot read ${parsed.file}: ${describeReadError(error)}\n`);
    return exitFailed;
  }
  const r = runSource(text, { seed: parsed.seed, procs: parsed.procs, goVersion: parsed.goVersion, race: parsed.race, fileName: basename(parsed.file), trace: parsed.trace !== null });
  io.stdout(r.stdout);
  io.stderr(r.stderr);
  // go run reports a failed program's status, but not a failed build (no steps ran).
  if (r.exitCode !== 0 && r.steps > 0) io.stderr(`exit status ${r.exitCode}\n`);
  if (parsed.trace !== null && r.trace) {
    try {
      if (!io.writeFile) throw new Error('this environment cannot write files');
      io.writeFile(parsed.trace, jsonlChunks(new TraceReader(r.trace)));
    } catch (error) {
      io.stderr(`gomaplab run: cannot write ${parsed.trace}: ${describeReadError(error)}\n`);
      return r.exitCode === 0 ? exitFailed : r.exitCode;
    }
  }
  return r.exitCode;
}
