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

describe('engine API runs', () => {
  const settings = { seed: 1, procs: 8, policy: 'random', maxSteps: 50_000_000 } as const;
  const hello = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, world")\n}\n';

  it('runs a program and answers with its output, exit status and steps', () => {
    const r = createEngineApi(() => 0).run(hello, settings, 4);
    expect(r).toMatchObject({ runId: 4, stdout: 'hello, world\n', stderr: '', exitCode: 0, ms: 0 });
    expect(r.steps).toBeGreaterThan(0);
    expect(r.stopped).toBeUndefined();
  });

  it('crashes the sample program with seed 1 and GOMAXPROCS 8, and finishes it with GOMAXPROCS 1', () => {
    const api = createEngineApi();
    const crash = api.run(sampleProgram, settings, 1);
    expect(crash.exitCode).toBe(2);
    expect(crash.stderr).toMatch(/^fatal error: concurrent map writes\n\ngoroutine \d+ \[running\]:\n/);
    expect(crash.stderr).toMatch(/\tprog\.go:\d+\n/);
    const one = api.run(sampleProgram, { ...settings, procs: 1 }, 2);
    expect(one).toMatchObject({ exitCode: 0, stderr: '' });
    expect(one.stdout).toMatch(/^map\[chan:\d+ go:\d+ lock:\d+ map:\d+\]\n$/);
  });

  it('reports compile errors as go run does, with no steps run', () => {
    const r = createEngineApi().run('package main\n\nfunc main() {\n\tnope()\n}\n', settings, 1);
    expect(r).toMatchObject({ exitCode: 1, steps: 0, stdout: '', stderr: '# command-line-arguments\n./prog.go:4:2: undefined: nope\n' });
  });

  it('stops an endless loop at the step budget it is given', () => {
    const r = createEngineApi().run('package main\n\nfunc main() {\n\tfor {\n\t}\n}\n', { ...settings, maxSteps: 10_000 }, 1);
    expect(r.exitCode).toBe(2);
    expect(r.stopped).toMatch(/step budget/);
    expect(r.steps).toBeLessThanOrEqual(10_000);
  });

  it('returns a trace, the schedule and, in manual mode, the goroutines that may run next', () => {
    const api = createEngineApi(() => 0);
    const traced = api.run(hello, { ...settings, trace: true }, 1);
    expect(traced.trace!.count).toBeGreaterThan(0);
    expect(traced.stdout).toBe('hello, world\n');
    const manual = api.run(hello, { ...settings, policy: 'manual', trace: true }, 2);
    expect(manual.paused).toEqual({ candidates: [1] });
    expect(manual.stdout).toBe('');
    const moved = api.run(hello, { ...settings, policy: 'manual', schedule: [1, 1] }, 3);
    expect(moved.schedule.slice(0, 2)).toEqual([1, 1]);
    const progress: string[] = [];
    const streamed = api.run(hello, settings, 4, (p) => progress.push(p.stdout));
    expect(progress.join('')).toBe(streamed.stdout.slice(0, progress.join('').length));
  });

  it('never throws on bad settings or source, and the answer survives structured cloning', () => {
    const api = createEngineApi(() => 0);
    const bad = [null, {}, { seed: NaN, procs: -3, policy: 'telepathic', maxSteps: Infinity }, { seed: 'x', procs: 1e9, maxSteps: -1 }] as unknown as (typeof settings)[];
    for (const s of bad) {
      const r = api.run(hello, s, 1);
      expect(r.stdout).toBe('hello, world\n');
      expect(structuredClone(r)).toEqual(r);
    }
    expect(api.run(42 as unknown as string, settings, 1).exitCode).toBe(1);
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
      const run = await remote.run(sampleProgram, { seed: 1, procs: 8, policy: 'random', maxSteps: 50_000_000 }, 13);
      expect({ ...run, ms: 0 }).toEqual({ ...createEngineApi().run(sampleProgram, { seed: 1, procs: 8, policy: 'random', maxSteps: 50_000_000 }, 13), ms: 0 });
    } finally {
      await worker.terminate();
    }
  });
});

describe('engine API inspect', () => {
  it('re-runs to a trace event and returns the goroutines with their locals', () => {
    const api = createEngineApi(() => 0);
    const src = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 41\n\tx++\n\tfmt.Println(x)\n}\n';
    const settings = { seed: 1, procs: 8, policy: 'random' as const, maxSteps: 1e6 };
    const run = api.run(src, { ...settings, trace: true }, 1);
    const at = run.trace!.count - 1;
    const r = api.inspect(src, settings, at, 2);
    expect(r).toMatchObject({ runId: 2, at });
    expect(r.events).toBeGreaterThanOrEqual(at); // run.ended is written only by a run that goes to its end
    // At the end of the run main has returned: nothing to inspect. Early on, main is there with x.
    const early = api.inspect(src, settings, 3, 3);
    expect(early.goroutines[0].frames[0].func).toBe('main.main');
    expect(structuredClone(early)).toEqual(early);
    expect(api.inspect(src, settings, Number.NaN, 4).at).toBe(0);
  });
});
