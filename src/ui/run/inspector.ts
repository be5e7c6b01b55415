// Deep inspection of a past step: a worker of its own re-runs the program to that step and reports
// every goroutine's frames with their locals (DESIGN.md rule 4). Created on first use, so runs that
// are never inspected cost nothing.
import type { InspectReply, RunSettings } from '../../worker/api.ts';
import { EngineClient } from '../../worker/client.ts';
import { spawnEngineWorker } from '../../worker/spawn-engine-worker.ts';

let client: EngineClient | null = null;

export type InspectOutcome = { kind: 'ok'; reply: InspectReply } | { kind: 'stale' } | { kind: 'failed'; message: string };

/**
 * Frames and locals just after trace event `at` of the run made from `source` with `settings`.
 * A newer request makes older ones `stale`.
 */
export async function inspectStep(source: string, settings: RunSettings, at: number): Promise<InspectOutcome> {
  client ??= new EngineClient({ spawn: () => spawnEngineWorker('go-map-lab-inspector'), name: 'inspector', runTimeoutMs: 60_000 });
  // The inspection re-runs without a trace of its own to return: only the goroutines come back.
  const { trace: _t, traceLimit: _l, ...plain } = settings;
  const o = await client.inspect(source, plain, at);
  if (o.kind === 'reply') return { kind: 'ok', reply: o.reply };
  if (o.kind === 'stale' || o.kind === 'stopped') return { kind: 'stale' };
  return { kind: 'failed', message: o.message };
}
