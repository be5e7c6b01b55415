// The engine worker's implementation, as a plain object so Vitest can call it without a worker.
import { checkSource, runSource } from '../engine/index.ts';
import type { CheckReply, EngineApi, RunProgress, RunReply, RunSettings } from './api.ts';
import { normalizeRunSettings } from './run-settings.ts';

/** A millisecond clock; the worker passes performance.now, tests may pass a fake. */
export type Clock = () => number;

export function createEngineApi(now: Clock = () => performance.now()): EngineApi {
  return {
    check(source: string, runId: number): CheckReply {
      const started = now();
      // A non-string would make the scanner misbehave; over Comlink anything can arrive.
      const text = typeof source === 'string' ? source : '';
      const result = checkSource(text, 'prog.go');
      return { runId, diagnostics: result.diagnostics, ok: result.ok, ms: now() - started };
    },

    run(source: string, settings: RunSettings, runId: number, onProgress?: (p: RunProgress) => void): RunReply {
      const started = now();
      const text = typeof source === 'string' ? source : '';
      const { seed, procs, policy, maxSteps, trace, traceLimit, schedule, goVersion, race } = normalizeRunSettings(settings);
      // With a schedule and a self-deciding policy, the schedule is replayed first.
      const enginePolicy = policy === 'manual' ? 'manual' : schedule ? 'replay' : policy;
      const r = runSource(text, {
        seed, procs, policy: enginePolicy, maxSteps, fileName: 'prog.go', ...(goVersion ? { goVersion } : {}),
        ...(schedule ? { schedule } : {}),
        ...(race ? { race: true } : {}),
        ...(trace ? { trace: true, ...(traceLimit ? { traceLimit } : {}) } : {}),
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
  };
}
