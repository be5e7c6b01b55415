// The engine worker's remote interface: what the UI may ask the engine, and what comes back.
//
// Plain data only. Every argument and result must survive structured cloning (no classes,
// functions or engine objects), because it crosses a Web Worker boundary through Comlink.
// Failures are values in the result, never thrown: Comlink keeps only message/name/stack
// of a thrown value. Every reply carries the runId it answers, so the client can drop
// answers to requests that are no longer current.
import type { PositionedDiagnostic, Severity } from '../engine/index.ts';

export type { PositionedDiagnostic, Severity };

/** The answer to one `check` request. */
export interface CheckReply {
  /** The id the caller passed in; replies for older ids are stale. */
  runId: number;
  /** Errors in gc's order (at most 10, then "too many errors"), then vet warnings. */
  diagnostics: PositionedDiagnostic[];
  /** True when there is no error; warnings alone leave a program runnable. */
  ok: boolean;
  /** Time the engine spent on scan + parse + check, in milliseconds (worker clock). */
  ms: number;
}

/**
 * The worker's methods. Implemented by `createEngineApi` (engine-api.ts), exposed by
 * engine.worker.ts, and called through `EngineClient` (client.ts).
 * @example await remote.check('package main\nfunc main() {}\n', 1) // { runId: 1, diagnostics: [], ok: true, ms: 0.4 }
 */
export interface EngineApi {
  check(source: string, runId: number): CheckReply;
}
