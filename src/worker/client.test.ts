import { describe, expect, it } from 'vitest';
import type { CheckReply } from './api.ts';
import { EngineClient, type WorkerHandle } from './client.ts';

/** A fake worker whose answers the test releases by hand, in any order. */
function fakeWorker() {
  const calls: { source: string; runId: number; answer: (r?: Partial<CheckReply>) => void; fail: (e: Error) => void }[] = [];
  let crash: (message: string) => void = () => {};
  let terminated = false;
  const handle: WorkerHandle = {
    remote: {
      check: (source, runId) =>
        new Promise<CheckReply>((resolve, reject) => {
          calls.push({ source, runId, answer: (r) => resolve({ runId, diagnostics: [], ok: true, ms: 1, ...r }), fail: reject });
        }),
    },
    terminate: () => {
      terminated = true;
    },
    onCrash: (cb) => {
      crash = cb;
    },
  };
  return { handle, calls, crash: (m: string) => crash(m), isTerminated: () => terminated };
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
