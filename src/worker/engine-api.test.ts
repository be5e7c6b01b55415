import { Worker } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { describe, expect, it } from 'vitest';
import { sampleProgram } from '../ui/app/sample-program.ts';
import type { EngineApi } from './api.ts';
import { createEngineApi } from './engine-api.ts';

const withUndefined = 'package main\n\nfunc main() {\n\twg.Wait()\n}\n';

describe('engine API, called directly', () => {
  it('answers with the run id, the diagnostics as Go words them, and ok', () => {
    const api = createEngineApi();
    const r = api.check(withUndefined, 7);
    expect(r.runId).toBe(7);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.line, d.column, d.severity, d.message])).toEqual([[4, 2, 'error', 'undefined: wg']]);
    expect(r.ms).toBeGreaterThanOrEqual(0);
  });

  it('finds the first-visit sample program clean', () => {
    const r = createEngineApi().check(sampleProgram, 1);
    expect(r.diagnostics).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('measures time with the clock it is given', () => {
    let t = 100;
    const r = createEngineApi(() => (t += 5)).check('package main\n', 1);
    expect(r.ms).toBe(5);
  });

  it('never throws, whatever arrives', () => {
    const api = createEngineApi();
    for (const input of ['', '\u0000', 'package main\nfunc main() { for {', '}'.repeat(5000), 42 as unknown as string, null as unknown as string]) {
      const r = api.check(input, 1);
      expect(Array.isArray(r.diagnostics)).toBe(true);
    }
  });

  it('returns plain data that survives structured cloning unchanged', () => {
    const r = createEngineApi(() => 0).check(withUndefined, 3);
    expect(structuredClone(r)).toEqual(r);
  });
});

describe('engine API through Comlink over worker_threads', () => {
  it('checks in a real worker and returns the same answer as a direct call', async () => {
    const worker = new Worker(new URL('./testdata/node-engine-worker.mjs', import.meta.url));
    try {
      const remote = Comlink.wrap<EngineApi>(nodeEndpoint(worker));
      const reply = await remote.check(withUndefined, 11);
      const direct = createEngineApi().check(withUndefined, 11);
      expect({ ...reply, ms: 0 }).toEqual({ ...direct, ms: 0 });
      const second = await remote.check(sampleProgram, 12);
      expect([second.runId, second.ok]).toEqual([12, true]);
    } finally {
      await worker.terminate();
    }
  });
});
