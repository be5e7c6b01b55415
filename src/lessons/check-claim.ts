// Checks one claim against a program by running it through the engine over the claim's seeds.
//
// Runs in Node (the CLI, Vitest) and in the engine worker (a learner's "Check my fix"): it uses
// only the engine's public entry points and has no clock of its own.
import { checkSource, goMinor, runSource, type RunResult } from '../engine/index.ts';
import { exploreSource } from '../engine/explore/explore.ts';
import { isStatic, type Claim, type Outcome } from './claim.ts';

export interface ClaimResult {
  ok: boolean;
  /** What happened, in words: `crashed with "concurrent map writes" in 187 of 200 seeds (93.5%)`. */
  detail: string;
  /** Seeds run (0 for compile-time claims). */
  runs: number;
  /** How many runs showed the outcome. */
  matched: number;
  /** For a failed every-seed or never claim: the first seed that broke it, to open in the player. */
  failingSeed?: number;
  /** What that seed's run printed, trimmed, to show beside the seed. */
  failingOutput?: string;
  /** For an explorer claim that found a failure: the schedule (flat [g, quantum] pairs) to replay it. */
  failingSchedule?: number[];
}

const fatalPrefix = 'fatal error: ';
const deadlockLine = 'fatal error: all goroutines are asleep - deadlock!';

/** True when one run shows the outcome. Exported for tests. */
export function runShows(o: Outcome, r: RunResult): boolean {
  const stderrLines = r.stderr.split('\n');
  switch (o.kind) {
    case 'fatal':
      return stderrLines.includes(fatalPrefix + o.text);
    case 'crash':
      return r.exitCode === 2 && !r.stopped && stderrLines.some((l) => l.startsWith(fatalPrefix) || l.startsWith('panic: '));
    case 'panic':
      return stderrLines.some((l) => l.startsWith('panic: ' + o.text));
    case 'deadlock':
      return stderrLines.includes(deadlockLine);
    case 'stdout-exact':
      return r.stdout === o.text;
    case 'stdout-contains':
      return r.stdout.includes(o.text);
    case 'stderr-contains':
      return r.stderr.includes(o.text);
    case 'exit':
      return r.exitCode === o.code;
    case 'finish':
      return r.exitCode === 0 && !r.stopped;
    case 'hang':
      return r.stopped !== undefined;
    case 'race':
      return o.count === null ? (r.races ?? 0) > 0 : (r.races ?? 0) === o.count;
    default:
      return false;
  }
}

/** Past-tense description of an outcome for result lines. */
function describe(o: Outcome): string {
  switch (o.kind) {
    case 'fatal':
      return `crashed with "${o.text}"`;
    case 'crash':
      return 'crashed';
    case 'panic':
      return `panicked with "${o.text}"`;
    case 'deadlock':
      return 'deadlocked';
    case 'stdout-exact':
      return o.file ? `printed exactly ${o.file}` : 'printed exactly the expected text';
    case 'stdout-contains':
      return 'printed the expected text';
    case 'stderr-contains':
      return 'reported the expected text';
    case 'exit':
      return `exited with status ${o.code}`;
    case 'finish':
      return 'finished';
    case 'hang':
      return 'hung until the step budget';
    case 'race':
      return o.count === null ? 'had a data race' : `reported ${o.count} data race${o.count === 1 ? '' : 's'}`;
    default:
      return o.kind;
  }
}

/**
 * Checks `claim` against `program` (the text of claim.file, or the learner's version of it).
 * `schedule` is the learner's manual schedule, for `by hand` claims. `goVersion` is the Go version
 * runs model ("1.23": bucket map, "1.26": Swiss table; undefined: the engine's default). Compile-time
 * claims do not depend on it: the type checker and vet judge every version the lab models alike.
 */
export function checkClaim(claim: Claim, program: string, schedule: readonly number[] = [], goVersion?: string): ClaimResult {
  const go = goVersion ? { goVersion } : {};
  if (claim.byHand) return checkByHand(claim, program, schedule, go);
  if (claim.outcome.kind === 'explore') return checkExplore(claim, claim.outcome, program, go);
  if (isStatic(claim.outcome)) return checkStatic(claim, program, goVersion);
  const race = claim.race === true;
  let matched = 0;
  let failingSeed: number | undefined;
  let failingOutput: string | undefined;
  for (let i = 0; i < claim.seeds; i++) {
    const seed = claim.firstSeed + i;
    const r = runSource(program, { seed, procs: claim.procs, fileName: claim.file, race, ...go, ...(claim.maxSteps ? { maxSteps: claim.maxSteps } : {}) });
    const shows = runShows(claim.outcome, r);
    if (shows) matched++;
    // For an every-seed claim the first seed without the outcome breaks it; for `never`, the first with it.
    const breaks = claim.frequency.kind === 'all' && shows === claim.negated;
    if (breaks && failingSeed === undefined) {
      failingSeed = seed;
      failingOutput = excerpt(r);
      // One counterexample decides an every-seed claim; stop early to keep checks fast.
      return finish(claim, matched, i + 1, failingSeed, failingOutput);
    }
  }
  return finish(claim, matched, claim.seeds, failingSeed, failingOutput);
}

function finish(claim: Claim, matched: number, runs: number, failingSeed?: number, failingOutput?: string): ClaimResult {
  const share = `${matched} of ${runs} seed${runs === 1 ? '' : 's'}${runs > 1 ? ` (${((100 * matched) / runs).toFixed(1)}%)` : ''}`;
  const settings = `procs ${claim.procs}, seed${runs === 1 ? '' : 's from'} ${claim.firstSeed}${claim.race ? ', race' : ''}`;
  let ok: boolean;
  switch (claim.frequency.kind) {
    case 'all':
      ok = claim.negated ? matched === 0 : matched === runs;
      break;
    case 'some':
      ok = matched > 0;
      break;
    case 'at-least':
      ok = matched * 100 >= claim.frequency.percent * runs;
      break;
    case 'at-most':
      ok = matched * 100 <= claim.frequency.percent * runs;
      break;
  }
  let detail = `${describe(claim.outcome)} in ${share} [${settings}]`;
  if (failingSeed !== undefined) detail += `; seed ${failingSeed} ${claim.negated ? describe(claim.outcome) : `did not: ${failingOutput ?? ''}`}`;
  const result: ClaimResult = { ok, detail, runs, matched };
  if (failingSeed !== undefined) {
    result.failingSeed = failingSeed;
    if (failingOutput !== undefined) result.failingOutput = failingOutput;
  }
  return result;
}

/** One run under manual scheduling, following the learner's choices; no choices, no run. */
function checkByHand(claim: Claim, program: string, schedule: readonly number[], go: { goVersion?: string }): ClaimResult {
  if (schedule.length === 0) return { ok: false, detail: 'no schedule yet: set the Scheduler to Manual, press Run, and choose the goroutines', runs: 0, matched: 0 };
  const r = runSource(program, { seed: claim.firstSeed, procs: claim.procs, fileName: claim.file, policy: 'manual', schedule, race: claim.race === true, ...go });
  const shows = runShows(claim.outcome, r);
  const ok = shows !== claim.negated;
  const choices = schedule.length / 2;
  const where = r.paused ? 'the run is still waiting for your next choice' : `the run ended: ${excerpt(r)}`;
  return { ok, detail: `your ${choices} choice${choices === 1 ? '' : 's'}: ${ok ? describe(claim.outcome) : `not yet; ${where}`}`, runs: 1, matched: shows ? 1 : 0 };
}

/** Runs the schedule explorer (src/engine/explore) in its exhaustive-first `check` mode. */
function checkExplore(claim: Claim, o: Extract<Outcome, { kind: 'explore' }>, program: string, go: { goVersion?: string }): ClaimResult {
  const r = exploreSource(program, {
    ...go,
    mode: 'check',
    preemptions: o.preemptions,
    procs: claim.procs,
    seed: claim.firstSeed,
    ...(claim.maxSchedules ? { maxSchedules: claim.maxSchedules } : {}),
    ...(claim.maxSteps ? { maxSteps: claim.maxSteps } : {}),
    ...(claim.race ? { race: true } : {}),
    fileName: claim.file,
  });
  if (r.status === 'compile-error') return { ok: false, detail: `does not compile: ${(r.stderr ?? '').trim()}`, runs: 0, matched: 0 };
  const failed = r.status === 'failed';
  const ok = o.expect === 'fail' ? failed : r.status === 'passed';
  const result: ClaimResult = { ok, detail: r.summary, runs: r.schedules, matched: failed ? 1 : 0 };
  if (r.failure) {
    result.failingSchedule = r.failure.schedule;
    result.failingOutput = r.failure.message;
  }
  return result;
}

function checkStatic(claim: Claim, program: string, goVersion?: string): ClaimResult {
  // The language and std of the claim's Go version (its default is the engine's, 1.23).
  const { diagnostics } = checkSource(program, claim.file, goMinor(goVersion));
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  const o = claim.outcome;
  const list = (ds: typeof diagnostics) => (ds.length === 0 ? 'none' : ds.map((d) => `${d.line}:${d.column}: ${d.message}`).join('; '));
  let ok: boolean;
  let detail: string;
  if (o.kind === 'check-error') {
    ok = errors.some((d) => d.message.includes(o.text));
    detail = `errors: ${list(errors)}`;
  } else if (o.kind === 'vet-warning') {
    ok = warnings.some((d) => d.message.includes(o.text));
    detail = `vet warnings: ${list(warnings)}`;
  } else {
    ok = diagnostics.length === 0;
    detail = `errors and warnings: ${list(diagnostics)}`;
  }
  return { ok, detail, runs: 0, matched: ok ? 1 : 0 };
}

/** The first lines a run printed, for a failure message. */
function excerpt(r: RunResult): string {
  const text = (r.stderr.trim() || r.stdout.trim() || `exit status ${r.exitCode}`).split('\n').slice(0, 2).join(' / ');
  return text.length > 160 ? text.slice(0, 157) + '…' : text;
}
