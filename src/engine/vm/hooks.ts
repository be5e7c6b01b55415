// Observation points of the machine, for the trace writer; null when nobody listens (no cost).
import type { Goroutine } from './goroutine.ts';
import type { MapEventSink } from '../runtime/map/map-events.ts';
import type { SwissEventSink } from '../runtime/swiss/swiss-events.ts';
import type { SyncEventSink } from '../runtime/std/sync-events.ts';

export interface MachineHooks {
  goroutineCreated?(g: Goroutine, parent: Goroutine): void;
  goroutineBlocked?(g: Goroutine, reason: string): void;
  /** `reason` is the wait reason g had (cleared by then), so a trace can undo the wake-up. */
  goroutineReady?(g: Goroutine, reason: string | null): void;
  goroutineEnded?(g: Goroutine): void;
  /** The scheduler switched the executing goroutine (at a preemption point or a block). */
  switched?(from: Goroutine | null, to: Goroutine): void;
  /** A statement boundary was reached at `line` (statement granularity). */
  statement?(g: Goroutine, line: number): void;
  output?(fd: 1 | 2, bytes: string): void;
  /** A sink for a map being made (map-natives asks once per make); undefined keeps the map silent. */
  mapSink?(): MapEventSink | undefined;
  /** The same for a Swiss-table map (Go 1.24+ mode), whose events are its own. */
  swissMapSink?(): SwissEventSink<unknown, unknown> | undefined;
  /** Where locks, WaitGroups and channels report their state changes; undefined keeps them silent. */
  syncSink?(): SyncEventSink | undefined;
}
