import { describe, expect, it } from 'vitest';
import { createAppStore } from './index.ts';
import { clampProcs, clampSeed, freshSeed, maxSeed } from './settings-slice.ts';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
}

describe('run settings', () => {
  it('default to seed 1, GOMAXPROCS 8 and the random scheduler, as the CLI does', () => {
    const s = createAppStore('playground', memoryStorage()).getState();
    expect([s.seed, s.procs, s.policy]).toEqual([1, 8, 'random']);
  });

  it('clamp seeds to whole uint32 numbers and GOMAXPROCS to 1..8', () => {
    expect([clampSeed(-1), clampSeed(3.7), clampSeed(2 ** 33), clampSeed(NaN)]).toEqual([0, 3, maxSeed, 1]);
    expect([clampProcs(0), clampProcs(4.4), clampProcs(64), clampProcs(Infinity)]).toEqual([1, 4, 8, 8]);
    const store = createAppStore('playground', memoryStorage());
    store.getState().setProcs(12);
    store.getState().setSeed(-9);
    expect([store.getState().procs, store.getState().seed]).toEqual([8, 0]);
  });

  it('ignore a policy the engine does not have', () => {
    const store = createAppStore('playground', memoryStorage());
    store.getState().setPolicy('round-robin');
    store.getState().setPolicy('fifo' as never);
    expect(store.getState().policy).toBe('round-robin');
  });

  it('New seed draws from the random source and never repeats the current seed', () => {
    expect(freshSeed(1, () => 0.5)).toBe(2 ** 31);
    expect(freshSeed(0, () => 0)).toBe(1);
    expect(freshSeed(maxSeed, () => 0.9999999999)).toBe(0);
    const store = createAppStore('playground', memoryStorage());
    store.getState().newSeed(() => 0.25);
    expect(store.getState().seed).toBe(2 ** 30);
    store.getState().newSeed(() => 0.25);
    expect(store.getState().seed).toBe(2 ** 30 + 1);
  });
});

describe('run slice', () => {
  const settings = { seed: 5, procs: 2, policy: 'random', maxSteps: 100 } as const;
  const reply = { runId: 1, stdout: 'out', stderr: '', exitCode: 0, steps: 10, ms: 2, schedule: [] };

  it('goes idle → running → done, counting finished runs', () => {
    const store = createAppStore('playground', memoryStorage());
    expect(store.getState().runStatus).toBe('idle');
    store.getState().runStarted(settings);
    expect(store.getState()).toMatchObject({ runStatus: 'running', runSettings: settings, runReply: null, runsDone: 0 });
    store.getState().runFinished(reply, 12);
    expect(store.getState()).toMatchObject({ runStatus: 'done', runReply: reply, runElapsedMs: 12, runsDone: 1 });
  });

  it('a new run clears the last one\'s output', () => {
    const store = createAppStore('playground', memoryStorage());
    store.getState().runFinished(reply, 1);
    store.getState().runStarted(settings);
    expect(store.getState().runReply).toBeNull();
  });

  it('records a stop with the time it took, and a failure with its reason', () => {
    const store = createAppStore('playground', memoryStorage());
    store.getState().runStarted(settings);
    store.getState().runStopped(2345);
    expect(store.getState()).toMatchObject({ runStatus: 'stopped', runMessage: 'Stopped after 2.3 s.', runsDone: 1 });
    store.getState().runStarted(settings);
    store.getState().runFailed('The runner stopped unexpectedly', 5);
    expect(store.getState()).toMatchObject({ runStatus: 'failed', runMessage: 'The runner stopped unexpectedly', runsDone: 2 });
  });

  it('asks for a stop only while a run is running', () => {
    const store = createAppStore('playground', memoryStorage());
    store.getState().requestStop();
    expect(store.getState().stopRequest).toBe(0);
    store.getState().requestRun();
    expect(store.getState().runRequest).toBe(1);
    store.getState().runStarted(settings);
    store.getState().requestStop();
    expect(store.getState().stopRequest).toBe(1);
  });
});
