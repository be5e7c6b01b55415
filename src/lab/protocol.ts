// Messages between the lab's main thread and its workers (plain, structured-clone data; the buffer itself is shared).
import type { RunPlan } from './run-plan.ts';

export interface RunRequest {
  type: 'run';
  runId: number;
  worker: number;
  sab: SharedArrayBuffer;
  plan: RunPlan;
}

/** How a worker's part of the run ended. */
export type WorkerEnd = 'finished' | 'stopped' | 'fatal' | 'corrupt' | 'exhausted' | 'error';

export interface WorkerReport {
  worker: number;
  /** A server (the owner) runs no stream of its own. */
  server: boolean;
  opsDone: number;
  reads: number;
  writes: number;
  hits: number;
  /** Wall-clock times (ms since the epoch, sub-millisecond) around the timed loop. */
  startMs: number;
  endMs: number;
  end: WorkerEnd;
  /** An exception ended the stream inside operation number `opsDone` (which may be half done). */
  cutShort: boolean;
  /** The fatal error's Go text, or what the guard saw. */
  message?: string;
}

export type FromWorker =
  | { type: 'ready'; runId: number; worker: number }
  | { type: 'done'; runId: number; report: WorkerReport };
