// Observation points of the machine, for the trace writer; null when nobody listens (no cost).
import type { Goroutine } from './goroutine.ts';

export interface MachineHooks {
  goroutineCreated?(g: Goroutine, parent: Goroutine): void;
  goroutineBlocked?(g: Goroutine, reason: string): void;
  goroutineReady?(g: Goroutine): void;
  goroutineEnded?(g: Goroutine): void;
  /** The scheduler switched the executing goroutine (at a preemption point or a block). */
  switched?(from: Goroutine | null, to: Goroutine): void;
  /** A statement boundary was reached at `line` (statement granularity). */
  statement?(g: Goroutine, line: number): void;
  output?(fd: 1 | 2, bytes: string): void;
}
