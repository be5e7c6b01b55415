// Claims: one-line sentences about a lesson's programs that the engine can check.
//
// Grammar (one claim per line; `#` starts a comment line):
//
//   <file.go> [never] <outcome> [<how often>] [(<settings>)]
//
//   outcome      crashes with "concurrent map writes"   stderr has `fatal error: <text>`
//                crashes                                exit status 2 (a fatal error or a panic)
//                panics with "<text>"                   stderr has a line `panic: <text>…`
//                deadlocks                              `fatal error: all goroutines are asleep - deadlock!`
//                prints exactly "<text>" | <file>       stdout is exactly that (\n, \t, \" escapes)
//                prints "<text>"                        stdout contains it
//                reports "<text>"                       stderr contains it
//                exits with status N
//                finishes                               exit status 0
//                hangs                                  the step budget stops it (say `steps N`)
//                fails to compile with "<text>"         a type-check error contains it (no run)
//                gets vet warning "<text>"              a vet warning contains it (no run)
//                compiles cleanly                       no errors and no vet warnings (no run)
//                has a data race                        the race detector reports one or more (go run -race)
//                reports N data races                   the race detector reports exactly N
//                passes the explorer with K preemptions no failing schedule among those the explorer
//                                                       tries with at most K preemptions (no seeds;
//                                                       with `race`, a reported race is a failure too)
//                fails the explorer with K preemptions  the explorer finds a failing schedule (no seeds)
//   how often    in N seeds                             every one of N seeds (none, with `never`)
//                in at least P% of N seeds
//                in at most P% of N seeds
//                in some of N seeds                     at least one
//                (nothing)                              the first seed only
//   settings     procs N, seed S (first seed, default 1), steps N (step budget),
//                schedules N (the explorer's schedule budget), race (run with the race detector,
//                implied by the race outcomes), by hand (one run that follows the learner's own
//                manual schedule instead of seeds; for challenges), comma-separated
//
// Example: `crash.go crashes with "concurrent map writes" in at least 80% of 200 seeds (procs 8)`.

export type Outcome =
  | { kind: 'fatal'; text: string }
  | { kind: 'crash' }
  | { kind: 'panic'; text: string }
  | { kind: 'deadlock' }
  | { kind: 'stdout-exact'; text: string; file: string | null }
  | { kind: 'stdout-contains'; text: string }
  | { kind: 'stderr-contains'; text: string }
  | { kind: 'exit'; code: number }
  | { kind: 'finish' }
  | { kind: 'hang' }
  | { kind: 'check-error'; text: string }
  | { kind: 'vet-warning'; text: string }
  | { kind: 'clean' }
  | { kind: 'race'; count: number | null }
  | { kind: 'explore'; preemptions: number; expect: 'pass' | 'fail' };

export type Frequency =
  | { kind: 'all' }
  | { kind: 'at-least'; percent: number }
  | { kind: 'at-most'; percent: number }
  | { kind: 'some' };

export interface Claim {
  /** The sentence as written. */
  source: string;
  /** The Go file the claim is about. */
  file: string;
  negated: boolean;
  outcome: Outcome;
  frequency: Frequency;
  seeds: number;
  firstSeed: number;
  procs: number;
  /** Step budget for each run; undefined leaves the engine's default. */
  maxSteps?: number;
  /** Schedule budget of an explorer claim; undefined leaves the explorer's default. */
  maxSchedules?: number;
  /** Run with the race detector (`go run -race`). */
  race?: boolean;
  /** One run following the learner's manual schedule (flat [g, quantum] pairs) instead of seeds. */
  byHand?: boolean;
}

/** Outcomes decided without seeded runs: by the checker alone, or by the explorer's own schedules. */
export function isStatic(o: Outcome): boolean {
  return o.kind === 'check-error' || o.kind === 'vet-warning' || o.kind === 'clean' || o.kind === 'explore';
}

/** Limits that keep a hand-written claim from running for hours. */
const maxSeeds = 5000;
const defaultProcs = 8;

/** Parses one claim, or returns why it cannot be read. `readFile` resolves `prints exactly <file>`. */
export function parseClaim(line: string, readFile: (name: string) => string | undefined): Claim | string {
  let rest = line.trim();
  const subject = /^(\S+\.go)\s+/.exec(rest);
  if (!subject) return 'a claim starts with the Go file it is about, e.g. `prog.go finishes`';
  const claim: Claim = { source: rest, file: subject[1], negated: false, outcome: { kind: 'finish' }, frequency: { kind: 'all' }, seeds: 1, firstSeed: 1, procs: defaultProcs };
  rest = rest.slice(subject[0].length);

  const settings = /\s*\(([^()"]*)\)\s*$/.exec(rest);
  if (settings) {
    const problem = applySettings(claim, settings[1]);
    if (problem) return problem;
    rest = rest.slice(0, settings.index);
  }
  const often = /\s+in\s+(?:(at least|at most)\s+(\d+(?:\.\d+)?)%\s+of\s+|(some)\s+of\s+)?(\d+)\s+seeds?\s*$/.exec(' ' + rest);
  if (often) {
    const n = Number(often[4]);
    if (n < 1 || n > maxSeeds) return `seed count must be 1 to ${maxSeeds}, got ${often[4]}`;
    claim.seeds = n;
    if (often[1]) {
      const percent = Number(often[2]);
      if (percent > 100) return `a percentage above 100: ${often[2]}%`;
      claim.frequency = { kind: often[1] === 'at least' ? 'at-least' : 'at-most', percent };
    } else if (often[3]) claim.frequency = { kind: 'some' };
    rest = (' ' + rest).slice(0, often.index).trim();
  }
  if (rest.startsWith('never ')) {
    claim.negated = true;
    rest = rest.slice('never '.length).trim();
  }
  const outcome = parseOutcome(rest, readFile);
  if (typeof outcome === 'string') return outcome;
  claim.outcome = outcome;
  if (outcome.kind === 'race') claim.race = true;
  if (claim.negated && claim.frequency.kind !== 'all') return '`never` goes with `in N seeds`, not with a percentage';
  if (claim.byHand && (often || isStatic(outcome))) return '`by hand` claims are one run of the learner\'s schedule: no seeds, no explorer';
  if (isStatic(outcome) && (often || claim.negated)) return 'compile-time and explorer claims take no seeds and no `never`';
  return claim;
}

function applySettings(claim: Claim, text: string): string | null {
  for (const part of text.split(',')) {
    if (part.trim() === 'race') {
      claim.race = true;
      continue;
    }
    if (part.trim() === 'by hand') {
      claim.byHand = true;
      continue;
    }
    const m = /^\s*(procs|seed|steps|schedules)\s+(\d+)\s*$/.exec(part);
    if (!m) return `unknown setting "${part.trim()}" (procs N, seed N, steps N, schedules N, race, by hand)`;
    const n = Number(m[2]);
    if (m[1] === 'procs') {
      if (n < 1 || n > 256) return 'procs must be 1 to 256';
      claim.procs = n;
    } else if (m[1] === 'seed') {
      if (!Number.isSafeInteger(n)) return 'seed too large';
      claim.firstSeed = n;
    } else if (m[1] === 'schedules') {
      if (n < 1 || n > 100_000) return 'schedules must be 1 to 100000';
      claim.maxSchedules = n;
    } else {
      if (n < 1 || n > 1e10) return 'steps must be 1 to 10000000000';
      claim.maxSteps = n;
    }
  }
  return null;
}

function parseOutcome(text: string, readFile: (name: string) => string | undefined): Outcome | string {
  const quoted = (prefix: string): string | null | undefined => {
    if (!text.startsWith(prefix + ' ')) return undefined;
    return unquote(text.slice(prefix.length + 1).trim());
  };
  const simple: Record<string, Outcome> = {
    crashes: { kind: 'crash' },
    deadlocks: { kind: 'deadlock' },
    finishes: { kind: 'finish' },
    hangs: { kind: 'hang' },
    'compiles cleanly': { kind: 'clean' },
  };
  if (Object.hasOwn(simple, text)) return simple[text];
  if (text === 'has a data race') return { kind: 'race', count: null };
  const races = /^reports (\d+) data races?$/.exec(text);
  if (races) return { kind: 'race', count: Number(races[1]) };
  const explore = /^(passes|fails) the explorer with (\d+) preemptions?$/.exec(text);
  if (explore) {
    const k = Number(explore[2]);
    if (k > 10) return 'the explorer takes at most 10 preemptions';
    return { kind: 'explore', preemptions: k, expect: explore[1] === 'passes' ? 'pass' : 'fail' };
  }
  const exit = /^exits with status (\d+)$/.exec(text);
  if (exit) return { kind: 'exit', code: Number(exit[1]) };
  const withText: [string, (t: string) => Outcome][] = [
    ['crashes with', (t) => ({ kind: 'fatal', text: t })],
    ['panics with', (t) => ({ kind: 'panic', text: t })],
    ['prints', (t) => ({ kind: 'stdout-contains', text: t })],
    ['reports', (t) => ({ kind: 'stderr-contains', text: t })],
    ['fails to compile with', (t) => ({ kind: 'check-error', text: t })],
    ['gets vet warning', (t) => ({ kind: 'vet-warning', text: t })],
  ];
  if (text.startsWith('prints exactly ')) {
    const arg = text.slice('prints exactly '.length).trim();
    const q = unquote(arg);
    if (q !== null) return { kind: 'stdout-exact', text: q, file: null };
    const content = /^\S+$/.test(arg) ? readFile(arg) : undefined;
    if (content === undefined) return `prints exactly: no file "${arg}" in this lesson (or quote the text)`;
    return { kind: 'stdout-exact', text: content, file: arg };
  }
  for (const [prefix, make] of withText) {
    const t = quoted(prefix);
    if (t === undefined) continue;
    if (t === null) return `${prefix}: put the text in double quotes`;
    return make(t);
  }
  return `unknown claim "${text}"`;
}

/** `"a\nb"` → a, newline, b; null when the text is not one double-quoted string. */
export function unquote(text: string): string | null {
  if (text.length < 2 || !text.startsWith('"') || !text.endsWith('"')) return null;
  let out = '';
  for (let i = 1; i < text.length - 1; i++) {
    const c = text[i];
    if (c === '"') return null;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = text[++i];
    if (i >= text.length - 1) return null;
    out += next === 'n' ? '\n' : next === 't' ? '\t' : next;
  }
  return out;
}
