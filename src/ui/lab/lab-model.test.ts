import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../lab/run-lab.ts';
import { formatRate, meanThroughput, seriesOver, tally, workerSteps, type SweepPoint } from './lab-model.ts';

function result(over: Partial<RunResult>): RunResult {
  return {
    strategy: 'none', workload: { workers: 2, opsPerWorker: 10, readPercent: 50, keySpace: 10, distribution: 'uniform', seed: 1 },
    outcome: 'clean', opsDone: 20, totalOps: 20, elapsedMs: 1, opsPerSec: 1000, damage: null, mapSize: 5, workers: [],
    sharedBytes: 0, arenaUsedBytes: 0, ...over,
  };
}

describe('lab view model', () => {
  it('tallies outcomes, fatal texts and damage examples', () => {
    const t = tally([
      result({ outcome: 'detected', fatal: 'concurrent map writes' }),
      result({ outcome: 'detected', fatal: 'concurrent map writes' }),
      result({ outcome: 'detected', fatal: 'concurrent map read and map write' }),
      result({ outcome: 'damaged', damage: { examples: ['key 4 is stored in 2 slots'] } as RunResult['damage'] }),
      result({ outcome: 'damaged', corruption: 'map corrupted: overflow chain loops during lookup' }),
      result({ outcome: 'clean' }),
      result({ outcome: 'error', error: 'the run timed out' }),
    ]);
    expect(t).toMatchObject({ runs: 7, detected: 3, damaged: 2, clean: 1, other: 1 });
    expect(t.fatals).toEqual({ 'fatal error: concurrent map writes': 2, 'fatal error: concurrent map read and map write': 1 });
    expect(t.damageExamples).toEqual(['key 4 is stored in 2 slots', 'during the run: map corrupted: overflow chain loops during lookup']);
  });

  it('averages throughput over runs that measured something', () => {
    expect(meanThroughput([result({ opsPerSec: 100 }), result({ opsPerSec: 300 }), result({ outcome: 'error', opsPerSec: 0 })])).toBe(200);
    expect(meanThroughput([result({ outcome: 'stopped', opsPerSec: 5 })])).toBeNull();
  });

  it('builds one line per strategy with gaps where a point is missing', () => {
    const pts: SweepPoint[] = [
      { strategy: 'mutex', workers: 1, readPercent: 90, opsPerSec: 10 },
      { strategy: 'mutex', workers: 2, readPercent: 90, opsPerSec: 20 },
      { strategy: 'owner', workers: 2, readPercent: 90, opsPerSec: 5 },
      { strategy: 'owner', workers: 2, readPercent: 0, opsPerSec: 7 },
    ];
    const s = seriesOver(pts, ['mutex', 'owner'], [1, 2], (p) => p.workers, (p) => p.readPercent === 90);
    expect(s).toEqual([{ label: 'mutex', values: [10, 20] }, { label: 'owner', values: [null, 5] }]);
  });

  it('steps worker counts in powers of two up to the maximum', () => {
    expect(workerSteps(1)).toEqual([1]);
    expect(workerSteps(2)).toEqual([1, 2]);
    expect(workerSteps(6)).toEqual([1, 2, 4, 6]);
    expect(workerSteps(8)).toEqual([1, 2, 4, 8]);
  });

  it('formats rates for people', () => {
    expect(formatRate(12_345_678)).toBe('12.3 M');
    expect(formatRate(2_345_678)).toBe('2.35 M');
    expect(formatRate(845_200)).toBe('845 k');
    expect(formatRate(null)).toBe('–');
  });
});
