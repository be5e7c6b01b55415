// A pool of lab workers kept across runs (starting a worker costs tens of milliseconds, and repeats run many times).
import type { FromWorker, RunRequest } from './protocol.ts';

/** The little the controller needs from a browser Worker or a Node worker_thread. */
export interface LabPort {
  post(msg: RunRequest): void;
  /** Registers the one message listener. */
  listen(onMessage: (m: FromWorker) => void, onError: (err: unknown) => void): void;
  terminate(): void;
}

export class WorkerPool {
  private ports: LabPort[] = [];
  private handler: ((m: FromWorker) => void) | null = null;
  private errorHandler: ((err: unknown) => void) | null = null;

  constructor(private readonly spawn: () => LabPort) {}

  /** At least `n` workers, started if needed. */
  take(n: number): LabPort[] {
    while (this.ports.length < n) {
      const port = this.spawn();
      port.listen((m) => this.handler?.(m), (err) => this.errorHandler?.(err));
      this.ports.push(port);
    }
    return this.ports.slice(0, n);
  }

  /** Route every worker's messages to the current run. */
  route(onMessage: ((m: FromWorker) => void) | null, onError: ((err: unknown) => void) | null): void {
    this.handler = onMessage;
    this.errorHandler = onError;
  }

  /** Stop every worker (a stuck run, or the page going away); later runs start fresh ones. */
  terminate(): void {
    for (const p of this.ports) p.terminate();
    this.ports = [];
  }

  get size(): number {
    return this.ports.length;
  }
}
