// Running one lab experiment: lay out the buffer, start the workers together, watch progress, collect reports, check the map.
import { C_FATAL_WORKER, C_GO, C_STOP, progressWord } from './control.ts';
import type { FromWorker, WorkerReport } from './protocol.ts';
import type { WorkerPool } from './pool.ts';
import { createRunMemory, planRun, type RunPlan } from './run-plan.ts';
import type { Shm } from './shm-map/layout.ts';
import { arenaUsed } from './shm-map/arena.ts';
import { isDamaged, type MapDamage } from './shm-map/consistency.ts';
import { strategyByName, type StrategyName } from './strategies/index.ts';
import { expectedKeys, type Workload } from './workload.ts';

/**
 * clean: finished and the check found nothing. detected: Go's hashWriting check
 * fired (a fatal error). damaged: no fatal, but the map is damaged (found by the
 * after-run check, or by a guard during the run). stopped: the user stopped it.
 * error: the run could not be carried out (bad settings, out of memory, timeout).
 */
export type RunOutcome = 'clean' | 'detected' | 'damaged' | 'stopped' | 'error';

export interface RunResult {
  strategy: StrategyName;
  workload: Workload;
  outcome: RunOutcome;
  /** The Go fatal error text when detected, e.g. "concurrent map writes". */
  fatal?: string;
  /** What a corruption guard saw during the run. */
  corruption?: string;
  error?: string;
  /** Operations completed by the workers that run streams. */
  opsDone: number;
  totalOps: number;
  elapsedMs: number;
  opsPerSec: number;
  damage: MapDamage | null;
  /** len(m) after the run, as the strategy's map reports it. */
  mapSize: number;
  workers: WorkerReport[];
  sharedBytes: number;
  arenaUsedBytes: number;
}

export interface RunOptions {
  /** Called with 0..1 while the run goes. */
  onProgress?: (fraction: number) => void;
  /** Aborting stops the workers cooperatively (and terminates them if they do not stop). */
  signal?: AbortSignal;
  /** Give up (and terminate the workers) after this long. */
  timeoutMs?: number;
}

let nextRunId = 1;

function failed(strategy: StrategyName, w: Partial<Workload>, error: string): RunResult {
  return {
    strategy, workload: w as Workload, outcome: 'error', error, opsDone: 0, totalOps: 0, elapsedMs: 0, opsPerSec: 0,
    damage: null, mapSize: 0, workers: [], sharedBytes: 0, arenaUsedBytes: 0,
  };
}

export async function runLab(pool: WorkerPool, strategyName: StrategyName, workload: Partial<Workload>, opts: RunOptions = {}): Promise<RunResult> {
  const planned = planRun(strategyName, workload);
  if (!planned.ok) return failed(strategyName, workload, planned.error);
  const plan = planned.plan;
  const w = plan.workload;
  const strategy = strategyByName(plan.strategy)!;
  let memory;
  try {
    memory = createRunMemory(plan);
  } catch (err) {
    return failed(strategyName, w, `could not allocate shared memory: ${String(err)}`);
  }
  const { sab, shm } = memory;
  const i32 = shm.i32;
  const runId = nextRunId++;
  const ports = pool.take(w.workers);
  const clients = Array.from({ length: w.workers }, (_, i) => i).filter((i) => !(strategy.isServer?.(i) ?? false));
  const totalOps = clients.length * w.opsPerWorker;

  const reports: WorkerReport[] = [];
  let ready = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  let killTimer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    Atomics.store(i32, C_STOP, 1);
    Atomics.store(i32, C_GO, 1); // workers still at the barrier must get out too
    Atomics.notify(i32, C_GO);
  };
  const onAbort = () => {
    stop();
    killTimer = setTimeout(() => finish('stopped by the user; the workers did not stop and were terminated'), 3000);
  };
  let finish: (problem?: string) => void = () => {};

  const problem = await new Promise<string | undefined>((resolve) => {
    finish = (p) => resolve(p);
    pool.route((m: FromWorker) => {
      if (m.runId !== runId) return;
      if (m.type === 'ready') {
        if (++ready === w.workers) {
          Atomics.store(i32, C_GO, 1);
          Atomics.notify(i32, C_GO);
        }
      } else {
        reports.push(m.report);
        if (reports.length === w.workers) resolve(undefined);
      }
    }, (err) => resolve(`a worker failed: ${String(err)}`));
    timer = setInterval(() => {
      let done = 0;
      for (const c of clients) done += Atomics.load(i32, progressWord(c));
      opts.onProgress?.(totalOps > 0 ? Math.min(1, done / totalOps) : 1);
    }, 50);
    deadline = setTimeout(() => { stop(); resolve('the run timed out'); }, opts.timeoutMs ?? 120_000);
    if (opts.signal?.aborted) onAbort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    for (let i = 0; i < w.workers; i++) ports[i].post({ type: 'run', runId, worker: i, sab, plan });
  });
  clearInterval(timer);
  clearTimeout(deadline);
  clearTimeout(killTimer);
  opts.signal?.removeEventListener('abort', onAbort);
  pool.route(null, null);
  if (problem !== undefined) {
    pool.terminate(); // workers that did not answer may be stuck; start fresh ones next time
    const r = failed(plan.strategy, w, problem);
    return { ...r, outcome: opts.signal?.aborted ? 'stopped' : 'error' };
  }
  if (!opts.signal?.aborted) opts.onProgress?.(1);
  return summarize(plan, reports, shm, totalOps, opts.signal?.aborted ?? false);
}

function summarize(plan: RunPlan, reports: WorkerReport[], shm: Shm, totalOps: number, aborted: boolean): RunResult {
  const name = plan.strategy;
  const w = plan.workload;
  const strategy = strategyByName(name)!;
  reports.sort((a, b) => a.worker - b.worker);
  const streams = reports.filter((r) => !r.server);
  const opsDone = streams.reduce((s, r) => s + r.opsDone, 0);
  const start = Math.min(...streams.map((r) => r.startMs));
  // Servers count too: the owner may still be applying queued writes after its clients finished.
  const end = Math.max(...reports.map((r) => r.endMs));
  const elapsedMs = Math.max(end - start, 0.001);
  const fatalWorker = Atomics.load(shm.i32, C_FATAL_WORKER) - 1;
  const fatal = reports.find((r) => r.worker === fatalWorker && r.end === 'fatal') ?? reports.find((r) => r.end === 'fatal');
  const corrupt = reports.find((r) => r.end === 'corrupt');
  const broken = reports.find((r) => r.end === 'exhausted' || r.end === 'error');

  let damage: MapDamage | null = null;
  let checkError: string | undefined;
  try {
    const progress = streams.map((r) => ({ stream: r.worker, opsDone: r.opsDone, cutShort: r.cutShort }));
    damage = strategy.verify(shm, plan.strategyBase, w, expectedKeys(w, progress));
  } catch (err) {
    checkError = `the consistency check could not run: ${String(err)}`;
  }

  let outcome: RunOutcome;
  if (fatal) outcome = 'detected';
  else if (corrupt) outcome = 'damaged';
  else if (broken || checkError) outcome = 'error';
  else if (damage && isDamaged(damage)) outcome = 'damaged';
  else if (aborted) outcome = 'stopped';
  else outcome = 'clean';

  return {
    strategy: name, workload: w, outcome,
    fatal: fatal?.message, corruption: corrupt?.message, error: broken?.message ?? checkError,
    opsDone, totalOps, elapsedMs, opsPerSec: (opsDone / elapsedMs) * 1000,
    damage, mapSize: safeSize(() => strategy.size(shm, plan.strategyBase)), workers: reports, sharedBytes: plan.bytes, arenaUsedBytes: arenaUsed(shm) * 4,
  };
}

/** A damaged header can hold anything; the size shown must still be a number. */
function safeSize(read: () => number): number {
  try {
    const n = read();
    return Number.isFinite(n) ? n : 0;
  } catch {
    return 0;
  }
}
