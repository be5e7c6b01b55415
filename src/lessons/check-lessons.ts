// Verifies everything a lesson says: its claims, that each challenge's start fails and its solution
// passes, and that each jump lands on an event in the step's run.
//
// A step pinned to a Go version (`go: 1.23`) is checked under that version; an unpinned step runs
// with whatever the learner chose, so everything it says is checked under both map designs (Go 1.23,
// bucket map; Go 1.26, Swiss table), and each verdict names the version it was checked under.
// Compile-time claims do not depend on the map design and are checked once.
import { runSource } from '../engine/index.ts';
import { checkClaim, type ClaimResult } from './check-claim.ts';
import { isStatic } from './claim.ts';
import { checkedVersions } from './go-version.ts';
import { jumpMissingIn, resolveJump, traceDesign } from './jump.ts';
import { parseChoices } from './choices.ts';
import { normalizeAnswer } from './prediction.ts';
import type { Lesson, LessonStep } from './lesson.ts';

export interface Verdict {
  lesson: string;
  step: number;
  /** What was checked, e.g. `Go 1.26: crash.go crashes …` or `Go 1.23: challenge: …` (the version leads). */
  what: string;
  /** The Go version it was checked under; null for what does not depend on it (compile-time claims, file problems). */
  go: string | null;
  ok: boolean;
  detail: string;
  ms: number;
}

type Clock = () => number;

/** Checks one lesson; `now` times each verdict (pass performance.now in Node, () => 0 for none). */
export function checkLesson(lesson: Lesson, now: Clock = () => 0): Verdict[] {
  const out: Verdict[] = lesson.problems.map((p) => ({ lesson: lesson.id, step: 0, what: `${p.file}:${p.line}`, go: null, ok: false, detail: p.message, ms: 0 }));
  const timed = (step: number, go: string | null, what: string, f: () => { ok: boolean; detail: string }) => {
    const t0 = now();
    let r: { ok: boolean; detail: string };
    try {
      r = f();
    } catch (e) {
      r = { ok: false, detail: `internal error: ${e instanceof Error ? e.message : String(e)}` };
    }
    out.push({ lesson: lesson.id, step, what: go === null ? what : `Go ${go}: ${what}`, go, ...r, ms: now() - t0 });
  };
  for (const step of lesson.steps) {
    const n = step.index + 1;
    const versions = checkedVersions(step.go);
    for (const claim of step.claims) {
      const program = lesson.files[claim.file];
      if (program === undefined) continue; // reported as a problem by the parser
      if (isStatic(claim.outcome) && claim.outcome.kind !== 'explore') timed(n, null, claim.source, () => checkClaim(claim, program));
      else for (const go of versions) timed(n, go, claim.source, () => checkClaim(claim, program, [], go));
    }
    for (const go of versions) checkStepIn(lesson, step, go, timed);
  }
  return out;
}

type Timed = (step: number, go: string | null, what: string, f: () => { ok: boolean; detail: string }) => void;

/** A step's challenge, prediction and jump, checked under one Go version. */
function checkStepIn(lesson: Lesson, step: LessonStep, go: string, timed: Timed): void {
  const n = step.index + 1;
  if (step.challenge && step.program && step.solution) {
    const checks = step.challenge.checks;
    const start = lesson.files[step.program];
    // A by-hand challenge's solution is a schedule (choices.ts) for the step's own program.
    const byHand = checks.some((c) => c.byHand);
    const choices = byHand ? parseChoices(lesson.files[step.solution]) : [];
    const solution = byHand ? start : lesson.files[step.solution];
    timed(n, go, `challenge: ${step.solution} meets every check`, () => {
      if (typeof choices === 'string') return { ok: false, detail: `${step.solution}: ${choices}` };
      const failed = firstFailure(checks.map((c) => [c.source, checkClaim(c, solution, choices, go)]));
      return failed ? { ok: false, detail: failed } : { ok: true, detail: `${checks.length} check(s) pass` };
    });
    // A challenge the starting program already meets teaches nothing.
    timed(n, go, `challenge: ${step.program} as given fails a check`, () => {
      const failed = firstFailure(checks.map((c) => [c.source, checkClaim(c, start, [], go)]));
      return failed ? { ok: true, detail: failed } : { ok: false, detail: 'the starting program already meets every check' };
    });
  }
  const prediction = step.prediction;
  if (prediction && step.program) {
    const program = lesson.files[step.program];
    timed(n, go, `prediction: ${step.program} prints the line "${prediction.answer}" (seed ${step.seed}, procs ${step.procs})`, () => {
      const r = runSource(program, { seed: step.seed, procs: step.procs, fileName: step.program ?? 'prog.go', goVersion: go });
      const lines = r.stdout.split('\n').map(normalizeAnswer);
      return lines.includes(normalizeAnswer(prediction.answer)) ? { ok: true, detail: 'the answer is a line of its output' } : { ok: false, detail: `its output is ${JSON.stringify(r.stdout.slice(0, 200))}` };
    });
  }
  const jump = step.jump;
  if (jump && step.program) {
    const program = lesson.files[step.program];
    timed(n, go, `jump: ${jump.source} (seed ${step.seed}, procs ${step.procs})`, () => {
      const r = runSource(program, { seed: step.seed, procs: step.procs, fileName: step.program ?? 'prog.go', trace: true, goVersion: go });
      if (!r.trace) return { ok: false, detail: 'the run made no trace' };
      const missing = jumpMissingIn(jump, traceDesign(r.trace));
      if (missing) return { ok: false, detail: missing };
      const target = resolveJump(r.trace, jump);
      return target ? { ok: true, detail: `${target.kind}: event ${target.eventIndex}, step ${target.step}, g${target.g}, line ${target.line}` } : { ok: false, detail: 'the run never reaches that moment' };
    });
  }
}

function firstFailure(results: [string, ClaimResult][]): string | null {
  const bad = results.find(([, r]) => !r.ok);
  return bad ? `${bad[0]}: ${bad[1].detail}` : null;
}
