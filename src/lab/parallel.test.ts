// Real parallelism: the lab's shared-memory code on Node worker_threads (the same modules the browser workers run).
import { afterAll, describe, expect, it } from 'vitest';
import { createNodePool } from './node/node-pool.ts';
import { runLab, type RunResult } from './run-lab.ts';
import type { StrategyName } from './strategies/index.ts';
import { expectedKeys, normalizeWorkload, type Workload } from './workload.ts';

const pool = createNodePool();
afterAll(() => pool.terminate());

/** Distinct keys the workload writes: what len(m) must be after a correct run. */
function distinctWritten(w: Workload, streams: number[] = Array.from({ length: w.workers }, (_, i) => i)): number {
  const all = streams.map((stream) => ({ stream, opsDone: w.opsPerWorker, cutShort: false }));
  return expectedKeys(w, all).state.reduce((n, s) => n + (s ? 1 : 0), 0);
}

function describeRun(r: RunResult): string {
  return `${r.strategy} ${r.outcome} ${r.fatal ?? r.corruption ?? r.error ?? ''} ${r.damage?.examples.join('; ') ?? ''}`;
}

const LOCKED: StrategyName[] = ['mutex', 'rwmutex', 'sharded', 'read-mostly', 'owner'];

describe('locked strategies under real parallelism', () => {
  for (const strategy of LOCKED) {
    it(`${strategy}: exact count and a consistent map in every run`, async () => {
      // Write-heavy, a key space that makes the map grow many times during the run, skew for contention.
      for (const [seed, readPercent, distribution] of [[1, 20, 'uniform'], [2, 50, 'skewed'], [3, 90, 'uniform']] as const) {
        // The owner pays a thread wake-up per read on a loaded machine: fewer operations keep the test quick.
        const opsPerWorker = strategy === 'owner' ? 8_000 : 40_000;
        const w = normalizeWorkload({ workers: 3, opsPerWorker, readPercent, keySpace: 20_000, distribution, seed });
        const r = await runLab(pool, strategy, w, { timeoutMs: 30_000 });
        expect(r.outcome, describeRun(r)).toBe('clean');
        expect(r.opsDone).toBe(w.workers === 3 && strategy === 'owner' ? 2 * w.opsPerWorker : 3 * w.opsPerWorker);
        expect(r.mapSize).toBe(distinctWritten(w, r.workers.filter((x) => !x.server).map((x) => x.worker)));
        expect(r.opsPerSec).toBeGreaterThan(0);
      }
    });
  }
});

describe('no protection under real parallelism', () => {
  it('one worker alone never trips the check and leaves a consistent map', async () => {
    const w = normalizeWorkload({ workers: 1, opsPerWorker: 100_000, readPercent: 30, keySpace: 30_000, seed: 5 });
    const r = await runLab(pool, 'none', w);
    expect(r.outcome, describeRun(r)).toBe('clean');
    expect(r.mapSize).toBe(distinctWritten(w));
  });

  it('several workers: repeated runs end in detections or damage, never all clean', async () => {
    // Losses cannot be asserted from one short run (loops may not overlap), so repeat until
    // something shows, with a start barrier and a growing map to widen the windows.
    const tally = { detected: 0, damaged: 0, clean: 0, other: 0 };
    const fatals = new Set<string>();
    for (let run = 0; run < 30 && tally.detected + tally.damaged < 3; run++) {
      const w = normalizeWorkload({ workers: 2, opsPerWorker: 200_000, readPercent: 10, keySpace: 100_000, seed: 100 + run });
      const r = await runLab(pool, 'none', w);
      if (r.outcome === 'detected') fatals.add(r.fatal!);
      if (r.outcome === 'detected' || r.outcome === 'damaged' || r.outcome === 'clean') tally[r.outcome]++;
      else tally.other++;
    }
    expect(tally.other).toBe(0);
    expect(tally.detected + tally.damaged).toBeGreaterThan(0);
    for (const f of fatals) expect(['concurrent map writes', 'concurrent map read and map write', 'bad map state']).toContain(f);
  });

  it('a detection stops every worker, as a Go fatal error ends the process', async () => {
    let detected: RunResult | undefined;
    for (let run = 0; run < 30 && !detected; run++) {
      const w = normalizeWorkload({ workers: 2, opsPerWorker: 300_000, readPercent: 0, keySpace: 1000, seed: 300 + run });
      const r = await runLab(pool, 'none', w);
      if (r.outcome === 'detected') detected = r;
    }
    expect(detected).toBeDefined();
    const d = detected!;
    expect(d.workers.some((x) => x.end === 'fatal')).toBe(true);
    expect(d.workers.every((x) => x.end === 'fatal' || x.end === 'stopped' || x.end === 'finished')).toBe(true);
    expect(d.opsDone).toBeLessThan(d.totalOps);
  });
});

describe('stopping', () => {
  it('Stop ends a long run early; the map the workers leave is still consistent', async () => {
    const ctrl = new AbortController();
    const w = normalizeWorkload({ workers: 2, opsPerWorker: 5_000_000, readPercent: 50, keySpace: 50_000, seed: 9 });
    setTimeout(() => ctrl.abort(), 150);
    const r = await runLab(pool, 'mutex', w, { signal: ctrl.signal });
    expect(r.outcome, describeRun(r)).toBe('stopped');
    expect(r.opsDone).toBeGreaterThan(0);
    expect(r.opsDone).toBeLessThan(r.totalOps);
    expect(r.damage?.lostInserts).toBe(0);
    expect(r.workers.every((x) => x.end === 'stopped')).toBe(true);
  });

  it('the owner and its clients all stop too', async () => {
    const ctrl = new AbortController();
    setTimeout(() => ctrl.abort(), 150);
    const r = await runLab(pool, 'owner', { workers: 3, opsPerWorker: 5_000_000, readPercent: 50, keySpace: 50_000, seed: 9 }, { signal: ctrl.signal });
    expect(r.outcome, describeRun(r)).toBe('stopped');
    expect(r.opsDone).toBeLessThan(r.totalOps);
  });
});

describe('bad settings', () => {
  it('the owner strategy refuses to run with a single worker, without starting anything', async () => {
    const r = await runLab(pool, 'owner', { workers: 1, opsPerWorker: 10 });
    expect(r.outcome).toBe('error');
    expect(r.error).toContain('at least 2 workers');
  });

  it('nonsense numbers are clamped rather than passed to the workers', async () => {
    const r = await runLab(pool, 'mutex', { workers: -3, opsPerWorker: Number.NaN, readPercent: 400, keySpace: 0 } as Partial<Workload>);
    expect(r.outcome).toBe('clean');
    expect(r.workload).toMatchObject({ workers: 1, readPercent: 100, keySpace: 1 });
  });
});
