// What the lab's views show, computed from run results: outcome tallies, throughput per strategy, sweep series.
import type { RunOutcome, RunResult } from '../../lab/run-lab.ts';
import type { StrategyName } from '../../lab/strategies/index.ts';

export interface Tally {
  runs: number;
  detected: number;
  damaged: number;
  clean: number;
  /** Stopped or failed runs: they say nothing about the map. */
  other: number;
  /** The Go fatal errors seen, with how often. */
  fatals: Record<string, number>;
  /** A few damage findings from damaged runs (and what tripped a guard). */
  damageExamples: string[];
}

const EXAMPLES = 5;

export function tally(results: readonly RunResult[]): Tally {
  const t: Tally = { runs: results.length, detected: 0, damaged: 0, clean: 0, other: 0, fatals: {}, damageExamples: [] };
  for (const r of results) {
    if (r.outcome === 'detected') {
      t.detected++;
      const f = `fatal error: ${r.fatal ?? 'unknown'}`;
      t.fatals[f] = (t.fatals[f] ?? 0) + 1;
    } else if (r.outcome === 'damaged') {
      t.damaged++;
      for (const e of [...(r.corruption ? [`during the run: ${r.corruption}`] : []), ...(r.damage?.examples ?? [])]) {
        if (t.damageExamples.length < EXAMPLES && !t.damageExamples.includes(e)) t.damageExamples.push(e);
      }
    } else if (r.outcome === 'clean') {
      t.clean++;
    } else {
      t.other++;
    }
  }
  return t;
}

/** Outcomes whose ops/s mean something: the run did its work (a detection ends it early, but what it did is real). */
function measured(o: RunOutcome): boolean {
  return o === 'clean' || o === 'detected' || o === 'damaged';
}

/** Mean ops/s over a batch's measured runs, null when there are none. */
export function meanThroughput(results: readonly RunResult[]): number | null {
  const rs = results.filter((r) => measured(r.outcome) && r.opsPerSec > 0);
  if (rs.length === 0) return null;
  return rs.reduce((s, r) => s + r.opsPerSec, 0) / rs.length;
}

/** One sweep point: a strategy measured at one worker count and read percentage. */
export interface SweepPoint {
  strategy: StrategyName;
  workers: number;
  readPercent: number;
  opsPerSec: number | null;
}

export interface Series {
  label: StrategyName;
  values: (number | null)[];
}

/** Lines for a chart: one per strategy, one value per x (null where not measured). */
export function seriesOver(points: readonly SweepPoint[], strategies: readonly StrategyName[], xs: readonly number[], x: (p: SweepPoint) => number, keep: (p: SweepPoint) => boolean): Series[] {
  return strategies.map((s) => ({
    label: s,
    values: xs.map((v) => points.find((p) => p.strategy === s && keep(p) && x(p) === v)?.opsPerSec ?? null),
  }));
}

/** Worker counts a sweep visits: 1, 2, 4 … up to the maximum, always including the maximum. */
export function workerSteps(max: number): number[] {
  const steps: number[] = [];
  for (let n = 1; n < max; n *= 2) steps.push(n);
  steps.push(max);
  return steps;
}

export const SWEEP_READ_PERCENTS = [0, 50, 90, 99];

/** "12.3 M", "845 k": ops/s for tables and captions. */
export function formatRate(opsPerSec: number | null): string {
  if (opsPerSec === null || !Number.isFinite(opsPerSec)) return '–';
  if (opsPerSec >= 1e6) return `${(opsPerSec / 1e6).toFixed(opsPerSec >= 1e7 ? 1 : 2)} M`;
  if (opsPerSec >= 1e3) return `${(opsPerSec / 1e3).toFixed(0)} k`;
  return opsPerSec.toFixed(0);
}
