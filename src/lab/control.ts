// The control block at the start of a run's shared buffer: start barrier, stop flag, arena pointer, per-worker progress.
import { MAX_WORKERS } from './workload.ts';

export const C_GO = 1; // 0 until the main thread releases every worker at once
export const C_STOP = 2; // set when a worker dies (Go's fatal kills the process) or the user stops
export const C_ARENA_NEXT = 3; // the arena's bump pointer
export const C_FATAL_WORKER = 4; // 1 + id of the first worker that hit a fatal error, 0 if none
export const C_PROGRESS = 16; // MAX_WORKERS words: operations completed so far, per worker
export const CONTROL_WORDS = C_PROGRESS + MAX_WORKERS;

/** How often (in operations) a worker publishes progress and looks at the stop flag. */
export const PROGRESS_EVERY = 256;

/** Thrown by a strategy when the run stops while an operation cannot complete (its queue is gone). */
export class RunStopped extends Error {
  override readonly name = 'RunStopped';
  constructor() {
    super('the run was stopped during this operation');
  }
}

export function progressWord(worker: number): number {
  return C_PROGRESS + worker;
}
