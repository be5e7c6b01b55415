// What a lab worker does for one run, identical in a browser Worker and a Node worker_thread: build its stream, wait at the barrier, run, report.
import { C_FATAL_WORKER, C_GO, C_STOP, PROGRESS_EVERY, progressWord, RunStopped } from './control.ts';
import type { FromWorker, RunRequest, WorkerEnd, WorkerReport } from './protocol.ts';
import { shmOf } from './run-plan.ts';
import { ArenaExhausted, MapCorrupt, MapFatal } from './shm-map/fatal.ts';
import { NOT_FOUND } from './shm-map/layout.ts';
import { strategyByName } from './strategies/index.ts';
import type { StrategyContext } from './strategies/strategy.ts';
import { encodeValue, makeOps, opIsWrite } from './workload.ts';

function now(): number {
  return performance.timeOrigin + performance.now();
}

/** Handle one message from the main thread; `post` sends replies back. Never throws. */
export function handleMessage(msg: unknown, post: (m: FromWorker) => void): void {
  const req = msg as RunRequest;
  if (!req || req.type !== 'run') return;
  let report: WorkerReport;
  try {
    report = runWorker(req, post);
  } catch (err) {
    report = { worker: req.worker, server: false, opsDone: 0, reads: 0, writes: 0, hits: 0, startMs: now(), endMs: now(), end: 'error', cutShort: true, message: String(err) };
  }
  post({ type: 'done', runId: req.runId, report });
}

function runWorker(req: RunRequest, post: (m: FromWorker) => void): WorkerReport {
  const { plan, worker } = req;
  const shm = shmOf(req.sab, plan);
  const i32 = shm.i32;
  const strategy = strategyByName(plan.strategy)!;
  const ctx: StrategyContext = {
    shm, base: plan.strategyBase, workload: plan.workload, worker, stopped: () => Atomics.load(i32, C_STOP) !== 0,
  };
  const server = strategy.isServer?.(worker) ?? false;
  const ops = server ? new Int32Array(0) : makeOps(plan.workload, worker);
  const map = server ? null : strategy.bind(ctx);

  post({ type: 'ready', runId: req.runId, worker });
  Atomics.wait(i32, C_GO, 0); // the start barrier: everyone begins together

  const startMs = now();
  let done = 0;
  let hits = 0;
  let end: WorkerEnd = 'finished';
  let cutShort = false;
  let message: string | undefined;
  try {
    if (server) {
      strategy.serve!(ctx);
      if (ctx.stopped()) end = 'stopped';
    } else {
      const n = ops.length;
      const progress = progressWord(worker);
      for (; done < n; ) {
        const op = ops[done];
        const key = op >>> 1;
        if ((op & 1) === 1) map!.put(key, encodeValue(key, worker));
        else if (map!.get(key) !== NOT_FOUND) hits++;
        done++;
        if (done % PROGRESS_EVERY === 0) {
          Atomics.store(i32, progress, done);
          if (Atomics.load(i32, C_STOP) !== 0) {
            end = 'stopped';
            break;
          }
        }
      }
      Atomics.store(i32, progress, done);
      map!.finish?.();
    }
  } catch (err) {
    cutShort = true;
    if (err instanceof RunStopped) end = 'stopped';
    else if (err instanceof MapFatal) end = 'fatal';
    else if (err instanceof MapCorrupt) end = 'corrupt';
    else if (err instanceof ArenaExhausted) end = 'exhausted';
    else end = 'error';
    message = err instanceof MapFatal ? err.goMessage : String(err instanceof Error ? err.message : err);
    // As in Go, where a fatal error ends the whole process, one dying worker stops the run.
    if (end === 'fatal') Atomics.compareExchange(i32, C_FATAL_WORKER, 0, worker + 1);
    if (end === 'stopped') message = undefined;
    Atomics.store(i32, C_STOP, 1);
    Atomics.notify(i32, C_STOP);
    Atomics.store(i32, progressWord(worker), done);
  }
  const endMs = now();
  let writes = 0;
  for (let i = 0; i < done; i++) if (opIsWrite(ops[i])) writes++;
  return { worker, server, opsDone: done, reads: done - writes, writes, hits, startMs, endMs, end, cutShort, message };
}
