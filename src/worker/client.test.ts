import { describe, expect, it } from 'vitest';
import type { CheckReply, RunReply, RunSettings } from './api.ts';
import { EngineClient, type WorkerHandle } from './client.ts';

/** A fake worker whose answers the test releases by hand, in any order. */
function fakeWorker() {
  const calls: { source: string; runId: number; answer: (r?: Partial<CheckReply>) => void; fail: (e: Error) => void }[] = [];
  const runs: { source: string; settings: RunSettings; runId: number; answer: (r?: Partial<RunReply>) => void }[] = [];
  let crash: (message: string) => void = () => {};
  let terminated = false;
  const handle: WorkerHandle = {
    remote: {
      check: (source, runId) =>
        new Promise<CheckReply>((resolve, reject) => {
          calls.push({ source, runId, answer: (r) => resolve({ runId, diagnostics: [], ok: true, ms: 1, ...r }), fail: reject });
        }),
      run: (source, settings, runId) =>
        new Promise<RunReply>((resolve) => {
          runs.push({ source, settings, runId, answer: (r) => resolve({ runId, stdout: '', stderr: '', exitCode: 0, steps: 1, ms: 1, schedule: [], ...r }) });
        }),
      inspect: (_source, _settings, at, runId) => Promise.resolve({ runId, at, events: at + 1, goroutines: [], ms: 1 }),
    },
    terminate: () => {
      terminated = true;
    },
    onCrash: (cb) => {
      crash = cb;
    },
  };
  return { handle, calls, runs, crash: (m: string) => crash(m), isTerminated: () => terminated };
}

function clientWith(workers: ReturnType<typeof fakeWorker>[], timeoutMs = 1000) {
  let next = 0;
  return new EngineClient({ spawn: () => workers[next++].handle, timeoutMs });
}

describe('EngineClient', () => {
  it('reports the answer to the newest request', async () => {
    const w = fakeWorker();
    const client = clientWith([w]);
    const result = client.check('package main');
    w.calls[0].answer({ ok: false });
    await expect(result).resolves.toMatchObject({ kind: 'reply', reply: { runId: 1, ok: false } });
    expect(w.calls[0].source).toBe('package main');
  });

  it('drops an answer that arrives after a newer request was sent', async () => {
    const w = fakeWorker();
    const client = clientWith([w]);
    const first = client.check('a');
    const second = client.check('b');
    w.calls[0].answer();
    w.calls[1].answer();
    await expect(first).resolves.toEqual({ kind: 'stale', runId: 1 });
    await expect(second).resolves.toMatchObject({ kind: 'reply', reply: { runId: 2 } });
  });

  it('terminates a worker that does not answer in time and uses a fresh one next', async () => {
    const hung = fakeWorker();
    const fresh = fakeWorker();
    const client = clientWith([hung, fresh], 30);
    const outcome = await client.check('for {}');
    expect(outcome).toMatchObject({ kind: 'timeout', runId: 1 });
    expect(outcome.kind === 'timeout' && outcome.message).toMatch(/did not answer within 0\.0 s and was restarted/);
    expect(hung.isTerminated()).toBe(true);
    expect(client.restarts).toBe(1);
    const again = client.check('package main');
    expect(fresh.calls).toHaveLength(1);
    fresh.calls[0].answer();
    await expect(again).resolves.toMatchObject({ kind: 'reply', reply: { runId: 2 } });
  });

  it('settles older pending calls as stale when the worker is restarted', async () => {
    const hung = fakeWorker();
    const client = clientWith([hung, fakeWorker()], 30);
    const older = client.check('a');
    const newer = client.check('b');
    await expect(older).resolves.toEqual({ kind: 'stale', runId: 1 });
    await expect(newer).resolves.toMatchObject({ kind: 'timeout', runId: 2 });
  });

  it('reports a crashed worker and restarts on the next request', async () => {
    const dead = fakeWorker();
    const fresh = fakeWorker();
    const client = clientWith([dead, fresh]);
    const outcome = client.check('a');
    dead.crash('boom');
    await expect(outcome).resolves.toMatchObject({ kind: 'failed', message: expect.stringContaining('boom') });
    const again = client.check('b');
    fresh.calls[0].answer();
    await expect(again).resolves.toMatchObject({ kind: 'reply' });
  });

  it('turns a rejected call into a failed outcome instead of throwing', async () => {
    const w = fakeWorker();
    const client = clientWith([w]);
    const outcome = client.check('a');
    w.calls[0].fail(new Error('DataCloneError'));
    await expect(outcome).resolves.toMatchObject({ kind: 'failed', message: 'The checker failed: DataCloneError' });
  });

  it('settles everything as stale on dispose', async () => {
    const w = fakeWorker();
    const client = clientWith([w]);
    const outcome = client.check('a');
    client.dispose();
    await expect(outcome).resolves.toEqual({ kind: 'stale', runId: 1 });
    expect(w.isTerminated()).toBe(true);
  });

  it('keeps channels apart: a request on another channel does not make a check stale', async () => {
    const w = fakeWorker();
    const client = clientWith([w]);
    const check = client.check('a');
    const other = client.request('run', 1000, (remote, runId) => remote.check('b', runId));
    w.calls[1].answer();
    w.calls[0].answer();
    await expect(check).resolves.toMatchObject({ kind: 'reply', reply: { runId: 1 } });
    await expect(other).resolves.toMatchObject({ kind: 'reply', reply: { runId: 2 } });
  });

  it('drops a reply that names another run id', async () => {
    const w = fakeWorker();
    const client = clientWith([w]);
    const outcome = client.check('a');
    w.calls[0].answer({ runId: 99 });
    await expect(outcome).resolves.toEqual({ kind: 'stale', runId: 1 });
  });
});

describe('EngineClient runs', () => {
  const settings: RunSettings = { seed: 3, procs: 2, policy: 'round-robin', maxSteps: 1000 };
  const runClient = (workers: ReturnType<typeof fakeWorker>[], runTimeoutMs = 1000) => {
    let next = 0;
    return new EngineClient({ spawn: () => workers[next++].handle, timeoutMs: 10, runTimeoutMs, name: 'runner' });
  };

  it('sends the program and settings, and reports the reply', async () => {
    const w = fakeWorker();
    const client = runClient([w]);
    const outcome = client.run('package main', settings);
    expect(w.runs[0]).toMatchObject({ source: 'package main', settings, runId: 1 });
    w.runs[0].answer({ stdout: 'hi\n', exitCode: 2 });
    await expect(outcome).resolves.toMatchObject({ kind: 'reply', reply: { runId: 1, stdout: 'hi\n', exitCode: 2 } });
  });

  it('gives a run its own time limit, longer than a check\'s', async () => {
    const w = fakeWorker();
    const client = runClient([w], 60);
    const outcome = client.run('a', settings);
    // The check limit (10 ms) has passed twice over; the run is still pending.
    await new Promise((r) => setTimeout(r, 25));
    expect(w.isTerminated()).toBe(false);
    await expect(outcome).resolves.toMatchObject({ kind: 'timeout', message: 'The runner did not answer within 0.1 s and was restarted.' });
    expect(w.isTerminated()).toBe(true);
  });

  it('stop terminates the worker, reports stopped, and the next run gets a fresh worker', async () => {
    const busy = fakeWorker();
    const fresh = fakeWorker();
    const client = runClient([busy, fresh]);
    const outcome = client.run('for {}', settings);
    expect(client.stop()).toBe(true);
    await expect(outcome).resolves.toEqual({ kind: 'stopped', runId: 1 });
    expect(busy.isTerminated()).toBe(true);
    // A late answer from the terminated worker changes nothing.
    busy.runs[0].answer();
    const next = client.run('package main', settings);
    expect(fresh.runs).toHaveLength(1);
    fresh.runs[0].answer({ stdout: 'ok' });
    await expect(next).resolves.toMatchObject({ kind: 'reply', reply: { runId: 2, stdout: 'ok' } });
  });

  it('stop with nothing running does nothing', () => {
    const w = fakeWorker();
    const client = runClient([w]);
    expect(client.stop()).toBe(false);
    expect(client.restarts).toBe(0);
  });

  it('a new run while one is running replaces it: the old one is stale, the new one runs on a fresh worker', async () => {
    const busy = fakeWorker();
    const fresh = fakeWorker();
    const client = runClient([busy, fresh]);
    const first = client.run('for {}', settings);
    const second = client.run('package main', settings);
    await expect(first).resolves.toEqual({ kind: 'stale', runId: 1 });
    expect(busy.isTerminated()).toBe(true);
    expect(fresh.runs.map((r) => r.runId)).toEqual([2]);
    fresh.runs[0].answer();
    await expect(second).resolves.toMatchObject({ kind: 'reply', reply: { runId: 2 } });
  });

  it('a check sharing the worker with a stopped run fails with a reason instead of hanging', async () => {
    const w = fakeWorker();
    const client = new EngineClient({ spawn: () => w.handle, timeoutMs: 1000, name: 'engine' });
    const check = client.check('a');
    client.run('for {}', settings);
    client.stop();
    await expect(check).resolves.toMatchObject({ kind: 'failed', message: 'The engine was restarted to stop a run; try again.' });
  });
});
