// The lab page's state (zustand, outside React): settings, the run in progress, results, the sweep; and the actions that drive the workers.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { createBrowserPool, hardwareThreads } from '../../lab/browser-pool.ts';
import type { WorkerPool } from '../../lab/pool.ts';
import { runLab, type RunResult } from '../../lab/run-lab.ts';
import { STRATEGIES, STRATEGY_NAMES, strategyByName, type StrategyName } from '../../lab/strategies/index.ts';
import { normalizeWorkload, type Workload } from '../../lab/workload.ts';
import { SWEEP_READ_PERCENTS, workerSteps, type SweepPoint } from './lab-model.ts';

export type StrategyChoice = StrategyName | 'all';

export interface LabSettings extends Workload {
  strategy: StrategyChoice;
  repeats: number;
}

export interface SweepState {
  points: SweepPoint[];
  workerCounts: number[];
  readPercents: number[];
  /** The read percentage of the worker-count sweep and the worker count of the read sweep. */
  readPercent: number;
  workers: number;
}

export interface LabState {
  settings: LabSettings;
  maxWorkers: number;
  running: boolean;
  /** What is running now, e.g. "none: run 3 of 20". */
  activity: string;
  progress: number;
  /** Every run, newest first (capped). */
  results: RunResult[];
  /** The latest batch of runs per strategy: tallies and the bar chart read these. */
  batches: Partial<Record<StrategyName, RunResult[]>>;
  sweep: SweepState | null;
  message: string | null;
}

export const MAX_REPEATS = 200;
const MAX_RESULTS = 300;

const maxWorkers = hardwareThreads();

export const labStore = createStore<LabState>(() => ({
  settings: {
    strategy: 'none', workers: Math.min(2, maxWorkers), opsPerWorker: 100_000, readPercent: 50, keySpace: 16_384,
    distribution: 'uniform', seed: 1, repeats: 10,
  },
  maxWorkers,
  running: false,
  activity: '',
  progress: 0,
  results: [],
  batches: {},
  sweep: null,
  message: null,
}));

export function useLab<T>(select: (s: LabState) => T): T {
  return useStore(labStore, select);
}

export function updateSettings(patch: Partial<LabSettings>): void {
  labStore.setState((s) => ({ settings: { ...s.settings, ...patch } }));
}

let pool: WorkerPool | null = null;
let abort: AbortController | null = null;

function getPool(): WorkerPool {
  pool ??= createBrowserPool();
  return pool;
}

/** Free the worker threads (the page is going away). */
export function releaseWorkers(): void {
  abort?.abort();
  pool?.terminate();
  pool = null;
}

function workloadOf(s: LabSettings): Workload {
  return normalizeWorkload({ ...s, workers: Math.min(s.workers, maxWorkers) });
}

function record(r: RunResult, inBatch: boolean): void {
  labStore.setState((s) => ({
    results: [r, ...s.results].slice(0, MAX_RESULTS),
    batches: inBatch ? { ...s.batches, [r.strategy]: [...(s.batches[r.strategy] ?? []), r] } : s.batches,
  }));
}

/** Start: run the chosen strategy (or each in turn) `repeats` times, seeds seed, seed+1, … */
export async function startRuns(): Promise<void> {
  const st = labStore.getState();
  if (st.running) return;
  const w = workloadOf(st.settings);
  const repeats = Math.min(MAX_REPEATS, Math.max(1, Math.floor(st.settings.repeats) || 1));
  const chosen = st.settings.strategy === 'all' ? [...STRATEGY_NAMES] : [st.settings.strategy];
  const runnable = chosen.filter((n) => w.workers >= (strategyByName(n)?.minWorkers ?? 1));
  const skipped = chosen.filter((n) => !runnable.includes(n));
  abort = new AbortController();
  const signal = abort.signal;
  labStore.setState((s) => {
    const batches = { ...s.batches };
    for (const n of runnable) delete batches[n];
    return { running: true, progress: 0, batches, message: skipped.length ? `${skipped.join(', ')} needs at least 2 workers (one owns the map) and was skipped.` : null };
  });
  const total = runnable.length * repeats;
  let done = 0;
  try {
    for (const name of runnable) {
      for (let r = 0; r < repeats && !signal.aborted; r++) {
        labStore.setState({ activity: `${name}: run ${r + 1} of ${repeats}` });
        const result = await runLab(getPool(), name, { ...w, seed: w.seed + r }, {
          signal, onProgress: (f) => labStore.setState({ progress: (done + f) / total }),
        });
        done++;
        record(result, true);
        if (result.outcome === 'error') labStore.setState({ message: `${name}: ${result.error ?? 'the run failed'}` });
      }
    }
  } finally {
    labStore.setState({ running: false, activity: signal.aborted ? 'Stopped.' : 'Done.', progress: signal.aborted ? labStore.getState().progress : 1 });
  }
}

/** Sweep: every strategy over worker counts (at the chosen read %) and over read percentages (at the chosen workers). */
export async function startSweep(): Promise<void> {
  const st = labStore.getState();
  if (st.running) return;
  const w = workloadOf(st.settings);
  const workerCounts = workerSteps(maxWorkers);
  const readPercents = [...new Set([...SWEEP_READ_PERCENTS, w.readPercent])].sort((a, b) => a - b);
  const plan: { strategy: StrategyName; workers: number; readPercent: number }[] = [];
  for (const s of STRATEGIES) {
    for (const n of workerCounts) if (n >= s.minWorkers) plan.push({ strategy: s.name, workers: n, readPercent: w.readPercent });
    for (const rp of readPercents) {
      if (w.workers >= s.minWorkers && rp !== w.readPercent) plan.push({ strategy: s.name, workers: w.workers, readPercent: rp });
    }
  }
  abort = new AbortController();
  const signal = abort.signal;
  const sweep: SweepState = { points: [], workerCounts, readPercents, readPercent: w.readPercent, workers: w.workers };
  labStore.setState({ running: true, progress: 0, sweep, message: null });
  try {
    for (let i = 0; i < plan.length && !signal.aborted; i++) {
      const p = plan[i];
      labStore.setState({ activity: `Sweep ${i + 1} of ${plan.length}: ${p.strategy}, ${p.workers} workers, ${p.readPercent}% reads` });
      const r = await runLab(getPool(), p.strategy, { ...w, workers: p.workers, readPercent: p.readPercent }, {
        signal, onProgress: (f) => labStore.setState({ progress: (i + f) / plan.length }),
      });
      record(r, false);
      const point: SweepPoint = { ...p, opsPerSec: r.outcome === 'error' || r.outcome === 'stopped' ? null : r.opsPerSec };
      const prev = labStore.getState().sweep ?? sweep;
      labStore.setState({ sweep: { ...prev, points: [...prev.points, point] } });
    }
  } finally {
    labStore.setState({ running: false, activity: signal.aborted ? 'Stopped.' : 'Sweep done.', progress: signal.aborted ? labStore.getState().progress : 1 });
  }
}

export function stopRuns(): void {
  abort?.abort();
}
