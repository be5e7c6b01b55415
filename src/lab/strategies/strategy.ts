// What every locking strategy provides: its shared-memory footprint, setup, the per-worker map operations and the after-run check.
import type { ExpectedKeys, MapDamage } from '../shm-map/consistency.ts';
import type { Shm } from '../shm-map/layout.ts';
import type { Workload } from '../workload.ts';

export type StrategyName = 'none' | 'mutex' | 'rwmutex' | 'sharded' | 'read-mostly' | 'owner';

/** The two operations a worker's loop calls. */
export interface MapOps {
  /** `v, ok := m[key]`: the stored value, or NOT_FOUND. */
  get(key: number): number;
  /** `m[key] = value`. */
  put(key: number, value: number): void;
  /** Called once when the worker's stream is finished (the owner strategy's clients say goodbye). */
  finish?(): void;
}

export interface StrategyContext {
  shm: Shm;
  /** First word of this strategy's block. */
  base: number;
  workload: Workload;
  worker: number;
  /** True once the run has been stopped (long waits check it). */
  stopped: () => boolean;
}

export interface Strategy {
  readonly name: StrategyName;
  /** Fewest workers the strategy can run with (the owner needs a client). */
  readonly minWorkers: number;
  /** Words of the strategy block (locks, queues, map pointers). */
  blockWords(w: Workload): number;
  /** Arena buckets the run may need at most. */
  arenaBuckets(w: Workload): number;
  /** Lay out maps and locks; runs once on the main thread before any worker starts. */
  init(shm: Shm, base: number, w: Workload): void;
  /** The map operations as seen from one worker. */
  bind(ctx: StrategyContext): MapOps;
  /** Workers that serve instead of running a stream (the owner). */
  isServer?(worker: number): boolean;
  serve?(ctx: StrategyContext): void;
  /** Entries the map holds as its users see it (len(m); for read-mostly, the newest of read and dirty). */
  size(shm: Shm, base: number): number;
  /** After the run: structural damage in every map plus expected keys the strategy's read path cannot find. */
  verify(shm: Shm, base: number, w: Workload, expected: ExpectedKeys): MapDamage;
}
