import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckReply } from '../../worker/api.ts';
import type { CheckOutcome } from '../../worker/client.ts';
import { createAppStore } from '../store/index.ts';
import { startLiveCheck } from './live-check.ts';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
}

function reply(runId: number, message: string): CheckOutcome {
  const r: CheckReply = {
    runId,
    ok: false,
    ms: 2,
    diagnostics: [{ pos: 0, end: 0, severity: 'error', code: 'undefined_name', message, line: 1, column: 1, endLine: 1, endColumn: 1 }],
  };
  return { kind: 'reply', reply: r };
}

describe('startLiveCheck', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('checks once at start, then once per pause in typing', async () => {
    const store = createAppStore('playground', memoryStorage());
    const sent: string[] = [];
    const stop = startLiveCheck(store, { check: async (src) => (sent.push(src), reply(sent.length, `undefined: v${sent.length}`)) });
    expect(sent).toHaveLength(1);
    store.getState().setCode('a');
    vi.advanceTimersByTime(20);
    store.getState().setCode('ab');
    vi.advanceTimersByTime(20);
    store.getState().setCode('abc');
    expect(sent).toHaveLength(1);
    expect(store.getState().checkStatus).toBe('checking');
    await vi.advanceTimersByTimeAsync(store.getState().checkDelayMs);
    expect(sent).toEqual([expect.any(String), 'abc']);
    expect(store.getState().diagnostics.map((d) => d.message)).toEqual(['undefined: v2']);
    expect(store.getState().checkStatus).toBe('done');
    expect(store.getState().checksDone).toBe(2);
    stop();
  });

  it('checks as the chosen Go version, and again at once when it changes', async () => {
    const store = createAppStore('playground', memoryStorage());
    const sent: [string, string | undefined][] = [];
    const stop = startLiveCheck(store, { check: async (src, go) => (sent.push([src, go]), reply(sent.length, 'x')) });
    store.getState().setGoVersion('1.21');
    expect(sent.map(([, go]) => go)).toEqual(['1.26', '1.21']);
    store.getState().setCode('package main\n');
    await vi.advanceTimersByTimeAsync(store.getState().checkDelayMs);
    expect(sent[2]).toEqual(['package main\n', '1.21']);
    stop();
  });

  it('keeps old diagnostics and reports a restart when the worker hung', async () => {
    const store = createAppStore('playground', memoryStorage());
    const outcomes: CheckOutcome[] = [reply(1, 'undefined: x'), { kind: 'timeout', runId: 2, message: 'The checker did not answer within 3.0 s and was restarted.' }];
    const stop = startLiveCheck(store, { check: async () => outcomes.shift()! });
    await vi.advanceTimersByTimeAsync(0);
    store.getState().setCode('for {}');
    await vi.advanceTimersByTimeAsync(100);
    const s = store.getState();
    expect(s.checkStatus).toBe('restarted');
    expect(s.checkMessage).toMatch(/restarted/);
    expect(s.diagnostics.map((d) => d.message)).toEqual(['undefined: x']);
    stop();
  });

  it('ignores a stale answer and stops listening when stopped', async () => {
    const store = createAppStore('playground', memoryStorage());
    let calls = 0;
    const stop = startLiveCheck(store, { check: async () => (calls++, { kind: 'stale', runId: 1 }) });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().checksDone).toBe(0);
    stop();
    store.getState().setCode('x');
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toBe(1);
  });
});
