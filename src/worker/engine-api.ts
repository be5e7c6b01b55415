// The engine worker's implementation, as a plain object so Vitest can call it without a worker.
import { checkSource, goMinor, runSource, type RunOptions } from '../engine/index.ts';
import type { CheckReply, EngineApi, InspectReply, RunProgress, RunReply, RunSettings } from './api.ts';
import { normalizeRunSettings } from './run-settings.ts';

/** A millisecond clock; the worker passes performance.now, tests may pass a fake. */
export type Clock = () => number;

export function createEngineApi(now: Clock = () => performance.now()): EngineApi {
  return {
    check(source: string, runId: number, goVersion?: string): CheckReply {
      const started = now();
      // A non-string would make the scanner misbehave; over Comlink anything can arrive.
      const text = typeof source === 'string' ? source : '';
      const result = checkSource(text, 'prog.go', goMinor(typeof goVersion === 'string' ? goVersion : undefined));
      return { runId, diagnostics: result.diagnostics, ok: result.ok, ms: now() - started };
    },

    run(source: string, settings: RunSettings, runId: number, onProgress?: (p: RunProgress) => void): RunReply {
      const started = now();
      const text = typeof source === 'string' ? source : '';
      const n = normalizeRunSettings(settings);
      const r = runSource(text, {
        ...engineOptions(n),
        ...(n.trace ? { trace: true, ...(n.traceLimit ? { traceLimit: n.traceLimit } : {}) } : {}),
        ...(typeof onProgress === 'function' ? { onProgress: (p) => void onProgress({ runId, ...p }) } : {}),
      });
      const reply: RunReply = { runId, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, steps: r.steps, ms: now() - started, schedule: r.schedule };
      if (r.stopped !== undefined) reply.stopped = r.stopped;
      if (r.trace) reply.trace = r.trace;
      if (r.paused) reply.paused = r.paused;
      if (r.races !== undefined) reply.races = r.races;
      if (r.diverged) reply.diverged = true;
      return reply;
    },

    inspect(source: string, settings: RunSettings, at: number, runId: number): InspectReply {
      const started = now();
      const text = typeof source === 'string' ? source : '';
      const index = typeof at === 'number' && Number.isFinite(at) ? Math.max(0, Math.trunc(at)) : 0;
      const r = runSource(text, { ...engineOptions(normalizeRunSettings(settings)), inspectAt: index });
      return { runId, at: index, events: r.inspection?.events ?? 0, goroutines: r.inspection?.goroutines ?? [], ms: now() - started };
    },
  };
}

/** The engine's options for run settings (shared by run and inspect, so an inspection re-runs exactly the run). */
function engineOptions(n: RunSettings): RunOptions {
  // With a schedule and a self-deciding policy, the schedule is replayed first.
  const policy = n.policy === 'manual' ? 'manual' : n.schedule ? 'replay' : n.policy;
  return {
    seed: n.seed, procs: n.procs, policy, maxSteps: n.maxSteps, fileName: 'prog.go',
    ...(n.goVersion ? { goVersion: n.goVersion } : {}),
    ...(n.schedule ? { schedule: n.schedule } : {}),
    ...(n.race ? { race: true } : {}),
  };
}
