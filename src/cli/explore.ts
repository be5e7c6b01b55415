// `gomaplab explore prog.go`: search the program's schedules for one that fails, or say how far none does.
//
// Runs the schedule explorer (src/engine/explore/) on Node. Exit status 2 when a failing schedule
// was found (its Go report is printed, with the schedule that replays it), 0 when none was, 1
// when the file cannot be read or does not build or every schedule was cut short (nothing was
// learned), and 2 for bad usage, as `go` does.
import { basename } from 'node:path';
import { exploreSource, stdoutEquals, type ExploreOptions, type ExploreResult } from '../engine/index.ts';
import { describeReadError, exitFailed, exitOK, exitUsage, type CliIO } from './io.ts';
import { defaultGoVersion, goVersionFlag, parseFlags } from './flags.ts';

export const exploreUsage = `usage: gomaplab explore file.go [--check] [--preemptions K] [--max-schedules N] [--json]

Searches the program's interleavings for one that ends in a fatal error, a panic, a deadlock,
a data race (--race) or output other than --stdout: first all schedules with 0, 1, … K
preemptions, then random PCT schedules where that space is too large.

  --check             stop once the ≤ K-preemption space is covered (or PCT used the budget),
                      to check a fix; without it the search goes on with PCT to find a bug
  --preemptions K     preemption bound of the systematic search, 0 to 10 (default 2)
  --max-schedules N   most schedules to run (default 10000)
  --max-steps N       step budget of one schedule (default 20000, with --check 1000000)
  --seed N            seed of the program's own randomness, the same in every schedule (default 1)
  --procs N           GOMAXPROCS, 1 to 256 (default 8)
  --go 1.N            the Go version to model (default 1.26; 1.23 and before: bucket maps)
  --race              run every schedule with the race detector; a report is a failure
  --stdout TEXT       claim: the program prints exactly TEXT (escapes \\n and \\t understood)
  --timeout S         stop after S seconds and say what was covered (default 300, 0: no limit)
  --json              print the result as JSON (with the full schedule)

Exit status: 2 when a failing schedule was found, 0 when none was, 1 when the file cannot be
read or does not build, or when every schedule was cut short (by the step budget, say) so
nothing was learned; bad usage also exits 2.`;

interface ExploreArgs {
  file: string;
  json: boolean;
  /** Seconds before the search stops itself; 0 for none. */
  timeout: number;
  options: ExploreOptions;
}

const numberFlags: Record<string, { min: number; max: number; set: (o: ExploreOptions, n: number) => void }> = {
  preemptions: { min: 0, max: 10, set: (o, n) => void (o.preemptions = n) },
  'max-schedules': { min: 1, max: 100_000_000, set: (o, n) => void (o.maxSchedules = n) },
  'max-steps': { min: 1000, max: 1_000_000_000, set: (o, n) => void (o.maxSteps = n) },
  seed: { min: 0, max: Number.MAX_SAFE_INTEGER, set: (o, n) => void (o.seed = n) },
  procs: { min: 1, max: 256, set: (o, n) => void (o.procs = n) },
};

/** Parses the arguments, or returns the usage error to print. */
export function parseExploreArgs(args: readonly string[]): ExploreArgs | string {
  const parsed = parseFlags(args, { booleans: ['json', 'check', 'race'], valued: ['stdout', 'go', 'timeout', ...Object.keys(numberFlags)] });
  if (typeof parsed === 'string') return parsed;
  const out: ExploreArgs = { file: parsed.file, json: false, timeout: 300, options: { mode: 'find', goVersion: defaultGoVersion } };
  for (const f of parsed.flags) {
    if (typeof f.value === 'boolean') {
      if (f.name === 'json') out.json = f.value;
      else if (f.name === 'check') out.options.mode = f.value ? 'check' : 'find';
      else out.options.race = f.value;
      continue;
    }
    const value = f.value;
    if (f.name === 'stdout') {
      out.options.claim = stdoutEquals(value.replace(/\\n/g, '\n').replace(/\\t/g, '\t'));
      continue;
    }
    if (f.name === 'go') {
      const v = goVersionFlag(f);
      if (typeof v === 'string') return v;
      out.options.goVersion = v.version;
      continue;
    }
    if (f.name === 'timeout') {
      if (!/^\d+$/.test(value) || Number(value) > 86_400) return `invalid value "${value}" for flag ${f.arg}: seconds, 0 to 86400`;
      out.timeout = Number(value);
      continue;
    }
    const spec = numberFlags[f.name];
    if (!/^\d+$/.test(value)) return `invalid value "${value}" for flag ${f.arg}: not a non-negative integer`;
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < spec.min || n > spec.max) return `invalid value "${value}" for flag ${f.arg}: must be ${spec.min} to ${spec.max}`;
    spec.set(out.options, n);
  }
  return out;
}

export function exploreCommand(args: readonly string[], io: CliIO, clock: () => number = () => performance.now()): number {
  const parsed = parseExploreArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`gomaplab explore: ${parsed}\n${exploreUsage}\n`);
    return exitUsage;
  }
  let text: string;
  try {
    text = io.readFile(parsed.file);
  } catch (error) {
    io.stderr(`gomaplab explore: cannot read ${parsed.file}: ${describeReadError(error)}\n`);
    return exitFailed;
  }
  const start = clock();
  const deadline = parsed.timeout > 0 ? start + parsed.timeout * 1000 : Infinity;
  const r = exploreSource(text, { ...parsed.options, fileName: basename(parsed.file), shouldContinue: () => clock() < deadline });
  const ms = clock() - start;
  if (parsed.json) io.stdout(JSON.stringify({ ...r, ms: Math.round(ms), perSecond: rate(r.schedules, ms) }) + '\n');
  else printText(r, ms, io);
  if (r.status === 'compile-error' || r.allCut) return exitFailed;
  return r.failure ? 2 : exitOK;
}

function rate(n: number, ms: number): number {
  return ms > 0 ? Math.round((n * 1000) / ms) : 0;
}

function printText(r: ExploreResult, ms: number, io: CliIO): void {
  if (r.status === 'compile-error') {
    io.stderr(r.stderr ?? '');
    return;
  }
  const f = r.failure;
  if (f) {
    io.stdout(f.stdout);
    io.stderr(f.stderr);
    io.stderr(`\nexplore: ${r.summary}\n`);
    io.stderr(`explore: replay with seed ${r.seed}, GOMAXPROCS ${r.procs} and this schedule (${(f.schedule.length / 2).toLocaleString('en-US')} decisions, [goroutine, quantum] pairs)${f.replayed ? '' : ' — WARNING: replaying it did not reproduce the failure'}:\n`);
    io.stderr(`${JSON.stringify(f.schedule)}\n`);
  } else {
    io.stdout(`explore: ${r.summary}\n`);
    if (r.allCut?.why === 'steps') io.stderr(`explore: each schedule had ${r.maxSteps.toLocaleString('en-US')} steps; --max-steps N gives it more\n`);
  }
  io.stderr(`explore: ${r.schedules.toLocaleString('en-US')} schedules in ${(ms / 1000).toFixed(2)} s (${rate(r.schedules, ms).toLocaleString('en-US')} per second)\n`);
}
