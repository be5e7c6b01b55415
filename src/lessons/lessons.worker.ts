// The lessons' Web Worker: checks a learner's program against a challenge's claims off the UI thread.
//
// Separate from the engine worker so that a long check (many seeds, the explorer) never delays the
// learner's own runs; the UI stops a check by terminating this worker.
import * as Comlink from 'comlink';
import { checkClaim, type ClaimResult } from './check-claim.ts';
import type { Claim } from './claim.ts';

export interface ClaimVerdict extends ClaimResult {
  /** The claim as written in the lesson. */
  claim: string;
}

export interface LessonsWorkerApi {
  /**
   * Checks `source` against each claim in turn (plain data in and out). Never throws. `schedule`
   * is the learner's manual schedule (flat [g, quantum] pairs), used by `by hand` claims; `goVersion`
   * the Go version the runs model (the step's pin or the learner's choice; absent: the engine's default).
   */
  checkClaims(source: string, claims: Claim[], schedule?: number[], goVersion?: string): ClaimVerdict[];
}

const api: LessonsWorkerApi = {
  checkClaims(source, claims, schedule, goVersion) {
    const text = typeof source === 'string' ? source : '';
    const go = typeof goVersion === 'string' && /^1\.\d{1,3}$/.test(goVersion) ? goVersion : undefined;
    const choices = Array.isArray(schedule) && schedule.every((n) => Number.isSafeInteger(n) && n > 0) ? schedule : [];
    return (Array.isArray(claims) ? claims : []).map((c) => {
      try {
        return { claim: c.source, ...checkClaim(c, text, choices, go) };
      } catch (e) {
        return { claim: String(c?.source ?? ''), ok: false, detail: `internal error: ${e instanceof Error ? e.message : String(e)}`, runs: 0, matched: 0 };
      }
    });
  },
};

// The root tsconfig types `self` as a Window; in a dedicated worker it is the Comlink endpoint.
Comlink.expose(api, self as unknown as Comlink.Endpoint);
