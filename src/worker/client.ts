// The UI's side of the engine worker: run ids, stale-answer dropping, and restart on a hung call.
//
// A Comlink call cannot be cancelled, so the only way to stop a checker that never answers, or a
// program the learner wants to stop, is to terminate the worker and start a fresh one (DESIGN.md,
// "the worker can always be stopped"). Every request gets a new run id; only the newest request's
// answer is reported as current.
import type { CheckReply, EngineApi, InspectReply, RunProgress, RunReply, RunSettings } from './api.ts';

/** The worker's methods as seen from the UI thread: every call returns a promise. */
export type RemoteEngine = { [K in keyof EngineApi]: (...args: Parameters<EngineApi[K]>) => Promise<ReturnType<EngineApi[K]>> };

/** What the client needs from a running worker; `spawnEngineWorker` builds the real one. */
export interface WorkerHandle {
  remote: RemoteEngine;
  terminate(): void;
  /** Registers a callback for a worker that died on its own (script error, out of memory). */
  onCrash(callback: (message: string) => void): void;
}

export type Outcome<R> =
  | { kind: 'reply'; reply: R }
  /** A newer request on the same channel was sent before this one was answered; its answer is dropped. */
  | { kind: 'stale'; runId: number }
  /** No answer within the time limit: the worker was terminated and will be restarted. */
  | { kind: 'timeout'; runId: number; message: string }
  /** The worker crashed or the call failed; the next request starts a fresh worker. */
  | { kind: 'failed'; runId: number; message: string }
  /** `stop` ended the call by terminating the worker; the next request starts a fresh worker. */
  | { kind: 'stopped'; runId: number };

export type CheckOutcome = Outcome<CheckReply>;
export type RunOutcome = Outcome<RunReply>;

export interface EngineClientOptions {
  spawn: () => WorkerHandle;
  /** Milliseconds before a check counts as hung. */
  timeoutMs?: number;
  /** Milliseconds before a run counts as hung: a safety net behind the engine's own step budget. */
  runTimeoutMs?: number;
  /** What the worker is called in messages to the learner ("checker", "runner"). */
  name?: string;
}

interface Pending {
  runId: number;
  channel: string;
  timeoutMs: number;
  settle: (outcome: Outcome<unknown>) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class EngineClient {
  private worker: WorkerHandle | null = null;
  private nextRunId = 0;
  /** The newest run id per channel ("check", later "run"): only its answer is current. */
  private readonly latest = new Map<string, number>();
  private readonly pending = new Map<number, Pending>();
  private readonly timeoutMs: number;
  private readonly runTimeoutMs: number;
  private readonly name: string;
  /** How many times a worker was thrown away (hung, crashed or stopped). */
  restarts = 0;

  constructor(private readonly options: EngineClientOptions) {
    this.timeoutMs = options.timeoutMs ?? 3000;
    this.runTimeoutMs = options.runTimeoutMs ?? 300_000;
    this.name = options.name ?? 'checker';
  }

  /**
   * Checks `source` in the worker.
   * @example const outcome = await client.check(text); if (outcome.kind === 'reply') show(outcome.reply.diagnostics);
   */
  check(source: string, goVersion?: string): Promise<CheckOutcome> {
    return this.request('check', this.timeoutMs, (remote, runId) => remote.check(source, runId, goVersion));
  }

  /**
   * Runs `source` in the worker. A run still in progress is stopped first (its worker is busy
   * until the run ends, so the new run would otherwise wait behind it); its promise settles `stale`.
   * @example const outcome = await client.run(text, { seed: 1, procs: 8, policy: 'random', maxSteps: 1e9 });
   */
  run(source: string, settings: RunSettings, onProgress?: (p: RunProgress) => void): Promise<RunOutcome> {
    if (this.hasPending('run')) this.cancel('run', (runId) => ({ kind: 'stale', runId }));
    // Progress of a run that is no longer current is dropped like its answer.
    const progress = onProgress ? (p: RunProgress) => { if (this.isCurrent('run', p.runId) && this.pending.has(p.runId)) onProgress(p); } : undefined;
    return this.request('run', this.runTimeoutMs, (remote, runId) => remote.run(source, settings, runId, progress));
  }

  /** Goroutines' frames and locals just after trace event `at` of the run made with these settings. */
  inspect(source: string, settings: RunSettings, at: number): Promise<Outcome<InspectReply>> {
    // An inspection re-runs the program up to a point: it gets its own channel so a newer one replaces it.
    return this.request('inspect', this.runTimeoutMs, (remote, runId) => remote.inspect(source, settings, at, runId));
  }

  /**
   * Stops whatever is pending on `channel` by terminating the worker: the channel's newest call
   * settles `stopped`, older ones `stale`. Returns false (and does nothing) when nothing is pending.
   */
  stop(channel = 'run'): boolean {
    if (!this.hasPending(channel)) return false;
    this.cancel(channel, (runId) => ({ kind: 'stopped', runId }));
    return true;
  }

  /**
   * Sends one request on `channel`: a newer request on the same channel makes this one stale;
   * no answer within `timeoutMs` restarts the worker. New worker methods go through here.
   */
  request<R extends { runId: number }>(channel: string, timeoutMs: number, send: (remote: RemoteEngine, runId: number) => Promise<R>): Promise<Outcome<R>> {
    const runId = ++this.nextRunId;
    this.latest.set(channel, runId);
    const worker = this.ensureWorker();
    return new Promise<Outcome<R>>((resolve) => {
      const timer = setTimeout(() => this.onTimeout(runId), timeoutMs);
      this.pending.set(runId, { runId, channel, timeoutMs, timer, settle: resolve as (o: Outcome<unknown>) => void });
      send(worker.remote, runId).then(
        (reply) => this.settle(runId, reply.runId === runId && this.isCurrent(channel, runId) ? { kind: 'reply', reply } : { kind: 'stale', runId }),
        (error: unknown) => this.settle(runId, { kind: 'failed', runId, message: `The ${this.name} failed: ${describe(error)}` }),
      );
    });
  }

  /** Stops the worker and settles every pending call as stale. */
  dispose(): void {
    this.discardWorker();
    for (const p of [...this.pending.values()]) this.settle(p.runId, { kind: 'stale', runId: p.runId });
  }

  private isCurrent(channel: string, runId: number): boolean {
    return this.latest.get(channel) === runId;
  }

  private hasPending(channel: string): boolean {
    for (const p of this.pending.values()) if (p.channel === channel) return true;
    return false;
  }

  /**
   * Throws the worker away to end `channel`'s calls: its newest call gets `outcome`, older ones are
   * stale. Calls on other channels shared the worker and are lost with it: they fail, and say why.
   */
  private cancel(channel: string, outcome: (runId: number) => Outcome<unknown>): void {
    this.restarts++;
    this.discardWorker();
    for (const p of [...this.pending.values()]) {
      if (p.channel !== channel) this.settle(p.runId, { kind: 'failed', runId: p.runId, message: `The ${this.name} was restarted to stop a ${channel}; try again.` });
      else this.settle(p.runId, this.isCurrent(channel, p.runId) ? outcome(p.runId) : { kind: 'stale', runId: p.runId });
    }
  }

  private ensureWorker(): WorkerHandle {
    if (this.worker) return this.worker;
    const worker = this.options.spawn();
    worker.onCrash((message) => {
      if (this.worker !== worker) return;
      this.restart((runId) => ({ kind: 'failed', runId, message: `The ${this.name} stopped unexpectedly (${message}); it will be restarted.` }));
    });
    this.worker = worker;
    return worker;
  }

  private onTimeout(runId: number): void {
    const p = this.pending.get(runId);
    if (!p) return;
    const seconds = (p.timeoutMs / 1000).toFixed(1);
    this.restart((id) => ({ kind: 'timeout', runId: id, message: `The ${this.name} did not answer within ${seconds} s and was restarted.` }));
  }

  /** Throws the worker away; each channel's newest pending call gets `outcome`, older ones are stale. */
  private restart(outcome: (runId: number) => Outcome<unknown>): void {
    this.restarts++;
    this.discardWorker();
    for (const p of [...this.pending.values()]) {
      this.settle(p.runId, this.isCurrent(p.channel, p.runId) ? outcome(p.runId) : { kind: 'stale', runId: p.runId });
    }
  }

  private discardWorker(): void {
    const worker = this.worker;
    this.worker = null;
    worker?.terminate();
  }

  private settle(runId: number, outcome: Outcome<unknown>): void {
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
