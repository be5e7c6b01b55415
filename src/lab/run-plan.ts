// Sizing one run's SharedArrayBuffer: control block, strategy block, then the arena for buckets.
import { CONTROL_WORDS, C_ARENA_NEXT } from './control.ts';
import { BUCKET_WORDS, type Shm } from './shm-map/layout.ts';
import { strategyByName, type StrategyName } from './strategies/index.ts';
import { normalizeWorkload, type Workload } from './workload.ts';

/** Largest buffer the lab asks for; browsers refuse much more, and the machine is shared. */
export const MAX_SHARED_BYTES = 256 * 1024 * 1024;

export interface RunPlan {
  strategy: StrategyName;
  workload: Workload;
  strategyBase: number;
  arenaStart: number;
  arenaEnd: number;
  bytes: number;
}

export type PlanResult = { ok: true; plan: RunPlan } | { ok: false; error: string };

export function planRun(strategyName: string, workload: Partial<Workload>): PlanResult {
  const strategy = strategyByName(strategyName);
  if (!strategy) return { ok: false, error: `unknown strategy "${strategyName}"` };
  const w = normalizeWorkload(workload);
  if (w.workers < strategy.minWorkers) {
    return { ok: false, error: `the ${strategy.name} strategy needs at least ${strategy.minWorkers} workers (one owns the map, the others send requests)` };
  }
  const strategyBase = CONTROL_WORDS;
  const arenaStart = strategyBase + Math.ceil(strategy.blockWords(w) / BUCKET_WORDS) * BUCKET_WORDS;
  const arenaEnd = arenaStart + strategy.arenaBuckets(w) * BUCKET_WORDS;
  const bytes = arenaEnd * 4;
  if (bytes > MAX_SHARED_BYTES) {
    return { ok: false, error: `this workload needs ${Math.ceil(bytes / 2 ** 20)} MB of shared memory (the lab's limit is ${MAX_SHARED_BYTES / 2 ** 20} MB): use fewer operations or a smaller key space` };
  }
  return { ok: true, plan: { strategy: strategy.name, workload: w, strategyBase, arenaStart, arenaEnd, bytes } };
}

/** Views over a run's buffer, bounded by the plan's arena. */
export function shmOf(sab: SharedArrayBuffer, plan: RunPlan): Shm {
  return { i32: new Int32Array(sab), u8: new Uint8Array(sab), arenaStart: plan.arenaStart, arenaEnd: plan.arenaEnd, arenaNext: C_ARENA_NEXT };
}

/** Allocate and lay out the buffer for a plan (main thread, before the workers see it). */
export function createRunMemory(plan: RunPlan): { sab: SharedArrayBuffer; shm: Shm } {
  const sab = new SharedArrayBuffer(plan.bytes);
  const shm = shmOf(sab, plan);
  Atomics.store(shm.i32, C_ARENA_NEXT, plan.arenaStart);
  strategyByName(plan.strategy)!.init(shm, plan.strategyBase, plan.workload);
  return { sab, shm };
}
