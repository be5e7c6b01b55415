// The engine worker's implementation, as a plain object so Vitest can call it without a worker.
import { checkSource } from '../engine/index.ts';
import type { CheckReply, EngineApi } from './api.ts';

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
  };
}
