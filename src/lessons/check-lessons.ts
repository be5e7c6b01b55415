// Verifies everything a lesson says: its claims, that each challenge's start fails and its solution
// passes, and that each jump lands on an event in the step's run.
import { runSource } from '../engine/index.ts';
import { checkClaim, type ClaimResult } from './check-claim.ts';
import { resolveJump } from './jump.ts';
import { parseChoices } from './choices.ts';
import { normalizeAnswer } from './prediction.ts';
import type { Lesson } from './lesson.ts';

export interface Verdict {
  lesson: string;
  step: number;
  /** What was checked, e.g. the claim sentence or `challenge: solution passes`. */
  what: string;
  ok: boolean;
  detail: string;
  ms: number;
}

type Clock = () => number;

/** Checks one lesson; `now` times each verdict (pass performance.now in Node, () => 0 for none). */
export function checkLesson(lesson: Lesson, now: Clock = () => 0): Verdict[] {
  const out: Verdict[] = lesson.problems.map((p) => ({ lesson: lesson.id, step: 0, what: `${p.file}:${p.line}`, ok: false, detail: p.message, ms: 0 }));
  const timed = (step: number, what: string, f: () => { ok: boolean; detail: string }) => {
    const t0 = now();
    let r: { ok: boolean; detail: string };
    try {
      r = f();
    } catch (e) {
      r = { ok: false, detail: `internal error: ${e instanceof Error ? e.message : String(e)}` };
    }
    out.push({ lesson: lesson.id, step, what, ...r, ms: now() - t0 });
  };
  for (const step of lesson.steps) {
    const n = step.index + 1;
    for (const claim of step.claims) {
      const program = lesson.files[claim.file];
      if (program === undefined) continue; // reported as a problem by the parser
      timed(n, claim.source, () => checkClaim(claim, program));
    }
    if (step.challenge && step.program && step.solution) {
      const checks = step.challenge.checks;
      const start = lesson.files[step.program];
      // A by-hand challenge's solution is a schedule (choices.ts) for the step's own program.
      const byHand = checks.some((c) => c.byHand);
      const choices = byHand ? parseChoices(lesson.files[step.solution]) : [];
      const solution = byHand ? start : lesson.files[step.solution];
      timed(n, `challenge: ${step.solution} meets every check`, () => {
        if (typeof choices === 'string') return { ok: false, detail: `${step.solution}: ${choices}` };
        const failed = firstFailure(checks.map((c) => [c.source, checkClaim(c, solution, choices)]));
        return failed ? { ok: false, detail: failed } : { ok: true, detail: `${checks.length} check(s) pass` };
      });
      // A challenge the starting program already meets teaches nothing.
      timed(n, `challenge: ${step.program} as given fails a check`, () => {
        const failed = firstFailure(checks.map((c) => [c.source, checkClaim(c, start)]));
        return failed ? { ok: true, detail: failed } : { ok: false, detail: 'the starting program already meets every check' };
      });
    }
    const prediction = step.prediction;
    if (prediction && step.program) {
      const program = lesson.files[step.program];
      timed(n, `prediction: ${step.program} prints the line "${prediction.answer}" (seed ${step.seed}, procs ${step.procs})`, () => {
        const r = runSource(program, { seed: step.seed, procs: step.procs, fileName: step.program ?? 'prog.go' });
        const lines = r.stdout.split('\n').map(normalizeAnswer);
        return lines.includes(normalizeAnswer(prediction.answer)) ? { ok: true, detail: 'the answer is a line of its output' } : { ok: false, detail: `its output is ${JSON.stringify(r.stdout.slice(0, 200))}` };
      });
    }
    const jump = step.jump;
    if (jump && step.program) {
      const program = lesson.files[step.program];
      timed(n, `jump: ${jump.source} (seed ${step.seed}, procs ${step.procs})`, () => {
        const r = runSource(program, { seed: step.seed, procs: step.procs, fileName: step.program ?? 'prog.go', trace: true });
        const target = r.trace ? resolveJump(r.trace, jump) : null;
        return target ? { ok: true, detail: `event ${target.eventIndex}, step ${target.step}, g${target.g}, line ${target.line}` } : { ok: false, detail: 'the run never reaches that moment' };
      });
    }
  }
  return out;
}

function firstFailure(results: [string, ClaimResult][]): string | null {
  const bad = results.find(([, r]) => !r.ok);
  return bad ? `${bad[0]}: ${bad[1].detail}` : null;
}
