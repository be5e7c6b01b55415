import { describe, expect, it } from 'vitest';
import type { RunReply, RunSettings } from '../../worker/api.ts';
import type { RunOutcome } from '../../worker/client.ts';
import { commandById } from '../app/commands.ts';
import { createAppStore } from '../store/index.ts';
import { browserStepBudget, runSettingsOf, startRunController, type Runner } from './run-controller.ts';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
}

/** A runner whose runs the test settles by hand; stop settles the newest as the real client does. */
function fakeRunner() {
  const runs: { source: string; settings: RunSettings; settle: (o: RunOutcome) => void }[] = [];
  let stops = 0;
  const runner: Runner = {
    run: (source, settings) => new Promise((settle) => runs.push({ source, settings, settle })),
    stop: () => {
      stops++;
      runs.at(-1)?.settle({ kind: 'stopped', runId: runs.length });
      return true;
    },
  };
  return { runner, runs, stops: () => stops };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const reply = (r: Partial<RunReply> = {}): RunReply => ({ runId: 1, stdout: 'hi\n', stderr: '', exitCode: 0, steps: 5, ms: 1, schedule: [], ...r });

describe('run controller', () => {
  it('Run sends the current program with the current settings and the browser step budget', async () => {
    const store = createAppStore('playground', memoryStorage());
    const f = fakeRunner();
    let t = 1000;
    startRunController(store, f.runner, () => t);
    store.getState().setCode('package main');
    store.getState().setSeed(9);
    store.getState().setProcs(1);
    commandById('run.start').run({ getState: store.getState });
    expect(f.runs).toHaveLength(1);
    expect(f.runs[0]).toMatchObject({ source: 'package main', settings: { seed: 9, procs: 1, policy: 'random', maxSteps: browserStepBudget } });
    expect(store.getState().runStatus).toBe('running');
    t = 1250;
    f.runs[0].settle({ kind: 'reply', reply: reply() });
    await flush();
    expect(store.getState()).toMatchObject({ runStatus: 'done', runReply: reply(), runElapsedMs: 250, runsDone: 1 });
  });

  it('Stop stops the running program and records it as stopped', async () => {
    const store = createAppStore('playground', memoryStorage());
    const f = fakeRunner();
    startRunController(store, f.runner, () => 0);
    commandById('run.stop').run({ getState: store.getState });
    expect(f.stops()).toBe(0); // nothing running: nothing to stop
    commandById('run.start').run({ getState: store.getState });
    commandById('run.stop').run({ getState: store.getState });
    expect(f.stops()).toBe(1);
    await flush();
    expect(store.getState().runStatus).toBe('stopped');
  });

  it('ignores a replaced run\'s stale answer, and reports failures with their message', async () => {
    const store = createAppStore('playground', memoryStorage());
    const f = fakeRunner();
    startRunController(store, f.runner, () => 0);
    store.getState().requestRun();
    store.getState().requestRun();
    f.runs[0].settle({ kind: 'stale', runId: 1 });
    await flush();
    expect(store.getState().runStatus).toBe('running');
    f.runs[1].settle({ kind: 'timeout', runId: 2, message: 'The runner did not answer within 300.0 s and was restarted.' });
    await flush();
    expect(store.getState()).toMatchObject({ runStatus: 'failed', runMessage: 'The runner did not answer within 300.0 s and was restarted.' });
  });

  it('stops listening when disposed', async () => {
    const store = createAppStore('playground', memoryStorage());
    const f = fakeRunner();
    const dispose = startRunController(store, f.runner, () => 0);
    store.getState().requestRun();
    dispose();
    f.runs[0].settle({ kind: 'reply', reply: reply() });
    store.getState().requestRun();
    await flush();
    expect(f.runs).toHaveLength(1);
    expect(store.getState().runsDone).toBe(0);
  });
});

describe('runSettingsOf: the Go version', () => {
  it('passes the store’s Go version to the worker, and leaves it out when absent', () => {
    expect(runSettingsOf({ seed: 1, procs: 2, policy: 'random', goVersion: '1.23' }).goVersion).toBe('1.23');
    expect(runSettingsOf({ seed: 1, procs: 2, policy: 'random' })).not.toHaveProperty('goVersion');
  });
});
