// Runs challenge checks in the lessons worker, with a time limit and a way to stop.
//
// A check is one Comlink call; the only way to end it early is to terminate the worker, so each
// check gets a fresh worker that is thrown away afterwards (a check is rare; the start-up is ~100 ms).
import * as Comlink from 'comlink';
import type { Claim } from '../../lessons/claim.ts';
import type { ClaimVerdict, LessonsWorkerApi } from '../../lessons/lessons.worker.ts';

export type ChallengeOutcome = { kind: 'done'; verdicts: ClaimVerdict[] } | { kind: 'failed'; message: string } | { kind: 'stopped' };

export interface ChallengeRun {
  result: Promise<ChallengeOutcome>;
  stop(): void;
}

/**
 * Checks `source` against `claims` (and `schedule`, the learner's manual choices) as Go `goVersion`
 * in a new worker; gives up after `timeoutMs`.
 */
export function runChallenge(source: string, claims: Claim[], schedule: number[] = [], goVersion?: string, timeoutMs = 120_000): ChallengeRun {
  let settle: (o: ChallengeOutcome) => void = () => {};
  const result = new Promise<ChallengeOutcome>((resolve) => (settle = resolve));
  let worker: Worker | null = null;
  const end = (o: ChallengeOutcome) => {
    clearTimeout(timer);
    worker?.terminate();
    worker = null;
    settle(o);
  };
  const timer = setTimeout(() => end({ kind: 'failed', message: `The check took longer than ${Math.round(timeoutMs / 1000)} s and was stopped.` }), timeoutMs);
  try {
    worker = new Worker(new URL('../../lessons/lessons.worker.ts', import.meta.url), { type: 'module', name: 'go-map-lab-lessons' });
    worker.addEventListener('error', (e) => end({ kind: 'failed', message: `The checker failed: ${e.message || 'the worker crashed'}` }));
    const remote = Comlink.wrap<LessonsWorkerApi>(worker);
    remote.checkClaims(source, claims, schedule, goVersion).then(
      (verdicts) => end({ kind: 'done', verdicts }),
      (e: unknown) => end({ kind: 'failed', message: `The checker failed: ${e instanceof Error ? e.message : String(e)}` }),
    );
  } catch (e) {
    end({ kind: 'failed', message: `The checker could not start: ${e instanceof Error ? e.message : String(e)}` });
  }
  return { result, stop: () => end({ kind: 'stopped' }) };
}
