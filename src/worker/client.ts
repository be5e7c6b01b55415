// The UI's side of the engine worker: run ids, stale-answer dropping, and restart on a hung call.
//
// A Comlink call cannot be cancelled, so the only way to stop a checker that never answers is
// to terminate the worker and start a fresh one (DESIGN.md, "the worker can always be stopped").
// Every request gets a new run id; only the newest request's answer is reported as current.
import type { CheckReply } from './api.ts';

/** What the client needs from a running worker; `spawnEngineWorker` builds the real one. */
export interface WorkerHandle {
  remote: { check(source: string, runId: number): Promise<CheckReply> };
  terminate(): void;
  /** Registers a callback for a worker that died on its own (script error, out of memory). */
  onCrash(callback: (message: string) => void): void;
}

export type CheckOutcome =
  | { kind: 'reply'; reply: CheckReply }
  /** A newer request was sent before this one was answered; its answer is dropped. */
  | { kind: 'stale'; runId: number }
  /** No answer within the time limit: the worker was terminated and will be restarted. */
  | { kind: 'timeout'; runId: number; message: string }
  /** The worker crashed or the call failed; the next request starts a fresh worker. */
  | { kind: 'failed'; runId: number; message: string };

export interface EngineClientOptions {
  spawn: () => WorkerHandle;
  /** Milliseconds before a call counts as hung. */
  timeoutMs?: number;
}

interface Pending {
  runId: number;
  settle: (outcome: CheckOutcome) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class EngineClient {
  private worker: WorkerHandle | null = null;
  private latestRunId = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly timeoutMs: number;
  /** How many times a worker was thrown away (hung or crashed); shown in the status line. */
  restarts = 0;

  constructor(private readonly options: EngineClientOptions) {
    this.timeoutMs = options.timeoutMs ?? 3000;
  }

  /**
   * Checks `source` in the worker.
   * @example const outcome = await client.check(text); if (outcome.kind === 'reply') show(outcome.reply.diagnostics);
   */
  check(source: string): Promise<CheckOutcome> {
    const runId = ++this.latestRunId;
    const worker = this.ensureWorker();
    return new Promise<CheckOutcome>((resolve) => {
      const timer = setTimeout(() => this.onTimeout(runId), this.timeoutMs);
      this.pending.set(runId, { runId, timer, settle: resolve });
      worker.remote.check(source, runId).then(
        (reply) => this.settle(runId, reply.runId === this.latestRunId && runId === this.latestRunId ? { kind: 'reply', reply } : { kind: 'stale', runId }),
        (error: unknown) => this.settle(runId, { kind: 'failed', runId, message: `The checker failed: ${describe(error)}` }),
      );
    });
  }

  /** Stops the worker and settles every pending call as stale. */
  dispose(): void {
    this.discardWorker();
    for (const p of [...this.pending.values()]) this.settle(p.runId, { kind: 'stale', runId: p.runId });
  }

  private ensureWorker(): WorkerHandle {
    if (this.worker) return this.worker;
    const worker = this.options.spawn();
    worker.onCrash((message) => {
      if (this.worker !== worker) return;
      this.restart((runId) => ({ kind: 'failed', runId, message: `The checker stopped unexpectedly (${message}); it will be restarted.` }));
    });
    this.worker = worker;
    return worker;
  }

  private onTimeout(runId: number): void {
    if (!this.pending.has(runId)) return;
    const seconds = (this.timeoutMs / 1000).toFixed(1);
    this.restart((id) => ({ kind: 'timeout', runId: id, message: `The checker did not answer within ${seconds} s and was restarted.` }));
  }

  /** Throws the worker away; the newest pending call gets `outcome`, older ones are stale. */
  private restart(outcome: (runId: number) => CheckOutcome): void {
    this.restarts++;
    this.discardWorker();
    for (const p of [...this.pending.values()]) {
      this.settle(p.runId, p.runId === this.latestRunId ? outcome(p.runId) : { kind: 'stale', runId: p.runId });
    }
  }

  private discardWorker(): void {
    const worker = this.worker;
    this.worker = null;
    worker?.terminate();
  }

  private settle(runId: number, outcome: CheckOutcome): void {
    const p = this.pending.get(runId);
    if (!p) return; // already settled by a timeout or restart
    this.pending.delete(runId);
    clearTimeout(p.timer);
    p.settle(outcome);
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
