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
import { defaultGoVersion, goVersionFlag, parseFlags } from './flags.ts';
import { describeReadError, exitFailed, exitUsage, type CliIO } from './io.ts';

export const runUsage = `usage: gomaplab run file.go [--seed N] [--procs N] [--go 1.N] [--race] [--trace out.jsonl]

  --seed N          seed of the scheduler and the runtime's randomness (default 1)
  --procs N         GOMAXPROCS, 1 to 256 (default 8)
  --go 1.N          the Go version to model, 1.19 to 1.26 (default 1.26); before 1.22 a loop's
                    variables are shared by all its iterations; up to 1.23 maps are bucket
                    maps, from 1.24 Swiss tables
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

/** Parses the arguments, or returns the usage error to print. */
export function parseRunArgs(args: readonly string[]): RunArgs | string {
  const parsed = parseFlags(args, { booleans: ['race'], valued: ['seed', 'procs', 'trace', 'go'] });
  if (typeof parsed === 'string') return parsed;
  const out: RunArgs = { file: parsed.file, seed: 1, procs: 8, trace: null, goVersion: defaultGoVersion, race: false };
  for (const f of parsed.flags) {
    const value = String(f.value);
    if (f.name === 'race') {
      out.race = f.value === true;
      continue;
    }
    if (f.name === 'go') {
      const v = goVersionFlag(f);
      if (typeof v === 'string') return v;
      out.goVersion = v.version;
      continue;
    }
    if (f.name === 'trace') {
      if (value === '') return 'flag --trace needs a file name';
      out.trace = value;
      continue;
    }
    if (!/^\d+$/.test(value)) return `invalid value "${value}" for flag ${f.arg}: not a non-negative integer`;
    const n = Number(value);
    if (f.name === 'seed') {
      if (!Number.isSafeInteger(n)) return `invalid value "${value}" for flag ${f.arg}: too large`;
      out.seed = n;
    } else {
      if (n < 1 || n > 256) return `invalid value "${value}" for flag ${f.arg}: GOMAXPROCS must be 1 to 256`;
      out.procs = n;
    }
  }
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
