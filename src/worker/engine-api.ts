// The engine worker's implementation, as a plain object so Vitest can call it without a worker.
import { checkSource, runSource } from '../engine/index.ts';
import type { CheckReply, EngineApi, RunReply, RunSettings } from './api.ts';
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

    run(source: string, settings: RunSettings, runId: number): RunReply {
      const started = now();
      const text = typeof source === 'string' ? source : '';
      const { seed, procs, policy, maxSteps } = normalizeRunSettings(settings);
      // No trace: the console needs only the output, and an untraced run costs nothing extra.
      const r = runSource(text, { seed, procs, policy, maxSteps, fileName: 'prog.go' });
      const reply: RunReply = { runId, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, steps: r.steps, ms: now() - started };
      if (r.stopped !== undefined) reply.stopped = r.stopped;
      return reply;
    },
  };
}
