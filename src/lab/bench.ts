// Throughput of every strategy under Node worker_threads: `npx tsx src/lab/bench.ts [workers] [opsPerWorker] [readPercent]`.
//
// The team's `npm run bench` calls runLabBench(); run directly, this file prints a table.
import { pathToFileURL } from 'node:url';
import { createNodePool } from './node/node-pool.ts';
import { runLab, type RunOutcome } from './run-lab.ts';
import { STRATEGY_NAMES, type StrategyName } from './strategies/index.ts';
import { normalizeWorkload, type Workload } from './workload.ts';

export interface LabBenchRow {
  strategy: StrategyName;
  workers: number;
  opsPerSec: number;
  elapsedMs: number;
  outcome: RunOutcome;
  note?: string;
}

/** Run each strategy once on the same workload and report ops/s. */
export async function runLabBench(workload: Partial<Workload> = {}): Promise<LabBenchRow[]> {
  const given = Object.fromEntries(Object.entries(workload).filter(([, v]) => v !== undefined));
  const w = normalizeWorkload({ workers: 2, opsPerWorker: 200_000, readPercent: 90, keySpace: 4096, ...given });
  const pool = createNodePool();
  const rows: LabBenchRow[] = [];
  try {
    for (const strategy of STRATEGY_NAMES) {
      const r = await runLab(pool, strategy, w, { timeoutMs: 180_000 });
      rows.push({
        strategy, workers: w.workers, opsPerSec: r.opsPerSec, elapsedMs: r.elapsedMs, outcome: r.outcome,
        note: r.fatal ? `fatal error: ${r.fatal}` : r.corruption ?? r.error,
      });
    }
  } finally {
    pool.terminate();
  }
  return rows;
}

export function formatBench(rows: readonly LabBenchRow[]): string {
  const lines = ['strategy      workers   ops/s          ms  outcome'];
  for (const r of rows) {
    lines.push(`${r.strategy.padEnd(12)}  ${String(r.workers).padStart(7)}  ${Math.round(r.opsPerSec).toLocaleString('en-US').padStart(12)}  ${r.elapsedMs.toFixed(0).padStart(6)}  ${r.outcome}${r.note ? ` (${r.note})` : ''}`);
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [workers, ops, read] = process.argv.slice(2).map(Number);
  const rows = await runLabBench({ workers: workers || undefined, opsPerWorker: ops || undefined, readPercent: Number.isFinite(read) ? read : undefined });
  console.log(formatBench(rows));
}
