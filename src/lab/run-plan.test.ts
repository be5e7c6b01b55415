import { describe, expect, it } from 'vitest';
import { C_ARENA_NEXT } from './control.ts';
import { handleMessage } from './worker-main.ts';
import { createRunMemory, MAX_SHARED_BYTES, planRun } from './run-plan.ts';
import { STRATEGY_NAMES } from './strategies/index.ts';
import { makeOps, normalizeWorkload } from './workload.ts';

describe('run plans', () => {
  it('refuses an unknown strategy and a workload that would not fit, with a message', () => {
    const bad = planRun('spinlock', {});
    expect(bad).toEqual({ ok: false, error: 'unknown strategy "spinlock"' });
    const huge = planRun('read-mostly', { workers: 64, opsPerWorker: 5_000_000, readPercent: 99, keySpace: 1 << 20 });
    expect(huge.ok).toBe(false);
    if (!huge.ok) expect(huge.error).toMatch(/MB of shared memory/);
  });

  it('lays out every strategy inside its buffer, arena after the strategy block', () => {
    for (const name of STRATEGY_NAMES) {
      const p = planRun(name, { workers: 4, opsPerWorker: 1000, keySpace: 500 });
      expect(p.ok).toBe(true);
      if (!p.ok) continue;
      expect(p.plan.bytes).toBeLessThanOrEqual(MAX_SHARED_BYTES);
      const { shm } = createRunMemory(p.plan);
      // init allocated its maps from the arena and nowhere else
      const next = Atomics.load(shm.i32, C_ARENA_NEXT);
      expect(next).toBeGreaterThan(p.plan.arenaStart);
      expect(next).toBeLessThanOrEqual(p.plan.arenaEnd);
    }
  });
});

describe('workloads', () => {
  it('the same seed gives the same streams; another seed or worker gives others', () => {
    const w = normalizeWorkload({ opsPerWorker: 1000, seed: 42, keySpace: 100 });
    expect(makeOps(w, 0)).toEqual(makeOps(w, 0));
    expect(makeOps(w, 1)).not.toEqual(makeOps(w, 0));
    expect(makeOps({ ...w, seed: 43 }, 0)).not.toEqual(makeOps(w, 0));
  });

  it('honours the read share and keeps keys in range; skewed keys favour the low keys', () => {
    const w = normalizeWorkload({ opsPerWorker: 20_000, readPercent: 90, keySpace: 1000, seed: 1 });
    const ops = makeOps(w, 0);
    const writes = ops.filter((op) => (op & 1) === 1).length;
    expect(writes / ops.length).toBeGreaterThan(0.08);
    expect(writes / ops.length).toBeLessThan(0.12);
    expect(ops.every((op) => op >>> 1 < 1000)).toBe(true);
    const skewed = makeOps({ ...w, distribution: 'skewed' }, 0);
    const low = (a: Int32Array) => a.filter((op) => op >>> 1 < 10).length;
    expect(low(skewed)).toBeGreaterThan(10 * low(ops));
  });
});

describe('worker messages', () => {
  it('ignores anything that is not a run request, without replying or throwing', () => {
    const replies: unknown[] = [];
    for (const m of [null, undefined, 42, 'run', {}, { type: 'stop' }]) handleMessage(m, (r) => replies.push(r));
    expect(replies).toEqual([]);
  });
});
