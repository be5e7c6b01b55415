// Strategy "owner": one worker owns the map and serves requests that the others send through a shared-memory queue.
//
// This is Go's "share memory by communicating": the map is only ever touched by
// one thread, so it needs no lock at all; the cost moves to the queue. Requests
// travel through a bounded multi-producer ring (Vyukov's design: each slot holds a
// sequence number that says whose turn it is). A write is sent and forgotten, like
// `writes <- req` on a buffered channel; a read waits for its reply in the
// client's own slot, like `reads <- req; v := <-req.reply`. The owner handles
// requests in queue order, so a client always reads its own earlier writes.
import { RunStopped } from '../control.ts';
import { mapAssign } from '../shm-map/insert.ts';
import { mapAccess } from '../shm-map/lookup.ts';
import { MAX_WORKERS, type Workload } from '../workload.ts';
import { arenaForMap, maxDistinctKeys } from './sizing.ts';
import { initMapAt, verifyPlainMap } from './single-map.ts';
import { H_COUNT } from '../shm-map/layout.ts';
import type { Strategy, StrategyContext } from './strategy.ts';

const MAP = 0;
const TAIL = 1; // next position producers claim
const SIGNAL = 2; // bumped after every enqueue; the owner sleeps on it
const RING = 8;
const CAP = 1024; // a power of two; writes do not wait, so a client may have many queued
const SLOT_WORDS = 4;
const S_SEQ = 0;
const S_OP = 1;
const S_KEY = 2;
const S_VAL = 3;
const REPLIES = RING + CAP * SLOT_WORDS;
const R_STATE = 0; // 0 waiting, 1 reply ready
const R_VALUE = 1;
const REPLY_WORDS = 2;

const OP_GET = 0;
const OP_PUT = 1;
const OP_DONE = 2;

const WAIT_MS = 20;
const FULL_WAIT_MS = 1; // the ring is full: nap while the owner drains it

// Adaptive spinning before sleeping. A futex wake-up costs tens of microseconds, so on idle cores
// a short spin saves a round trip two of them; on a loaded machine the spinner keeps its partner
// off the CPU and spinning loses (measured on 2 shared cores: 13 k round trips/s spinning, 64 k
// sleeping). So the spin budget doubles after a spin that paid off, halves after one that did
// not, drops to nothing, and is tried again now and then. Each thread has its own budget.
const MAX_SPIN_MS = 0.05;
const MIN_SPIN_MS = 0.002;
const RETRY_SPIN_MS = 0.004;
let spinBudget = MAX_SPIN_MS;
let sleepsWithoutSpin = 0;

/** Spin until `ready()` within the current budget; true when ready (then no sleep is needed). */
function spinFor(ready: () => boolean): boolean {
  if (spinBudget === 0) {
    if (++sleepsWithoutSpin % 128 === 0) spinBudget = RETRY_SPIN_MS;
    return ready();
  }
  const until = performance.now() + spinBudget;
  for (;;) {
    for (let i = 0; i < 64; i++) {
      if (ready()) {
        spinBudget = Math.min(MAX_SPIN_MS, spinBudget * 2);
        return true;
      }
    }
    if (performance.now() > until) break;
  }
  spinBudget = spinBudget / 2 < MIN_SPIN_MS ? 0 : spinBudget / 2;
  return ready();
}

const OWNER = 0;

// After a stop, the owner keeps applying what clients already sent (they count a sent write as
// done) until every client said goodbye; a side that hears nothing for this long gives up.
const STOP_GRACE_MS = 1000;

/** True once the run was stopped more than STOP_GRACE_MS ago (as seen from `since`, updated here). */
function pastGrace(ctx: StrategyContext, since: { t: number }): boolean {
  if (!ctx.stopped()) return false;
  const now = performance.now();
  if (since.t === 0) since.t = now;
  return now - since.t > STOP_GRACE_MS;
}

function enqueue(ctx: StrategyContext, op: number, key: number, value: number): void {
  const i32 = ctx.shm.i32;
  const base = ctx.base;
  const stoppedAt = { t: 0 };
  for (let tries = 0; ; tries++) {
    const pos = Atomics.load(i32, base + TAIL);
    const slot = base + RING + (pos & (CAP - 1)) * SLOT_WORDS;
    const dif = (Atomics.load(i32, slot + S_SEQ) - pos) | 0;
    if (dif === 0) {
      if (Atomics.compareExchange(i32, base + TAIL, pos, (pos + 1) | 0) !== pos) continue;
      i32[slot + S_OP] = op | (ctx.worker << 2);
      i32[slot + S_KEY] = key;
      i32[slot + S_VAL] = value;
      Atomics.store(i32, slot + S_SEQ, (pos + 1) | 0); // publishes the request to the owner
      Atomics.add(i32, base + SIGNAL, 1);
      Atomics.notify(i32, base + SIGNAL, 1);
      return;
    }
    if (dif < 0) {
      if (pastGrace(ctx, stoppedAt)) throw new RunStopped(); // full, and nobody drains it any more
      if (tries > 64) Atomics.wait(i32, slot + S_SEQ, pos + dif, FULL_WAIT_MS);
    }
  }
}

function call(ctx: StrategyContext, op: number, key: number, value: number): number {
  const i32 = ctx.shm.i32;
  const reply = ctx.base + REPLIES + ctx.worker * REPLY_WORDS;
  Atomics.store(i32, reply + R_STATE, 0);
  enqueue(ctx, op, key, value);
  const state = reply + R_STATE;
  if (!spinFor(() => Atomics.load(i32, state) !== 0)) {
    const stoppedAt = { t: 0 };
    while (Atomics.load(i32, state) === 0) {
      if (pastGrace(ctx, stoppedAt)) throw new RunStopped();
      Atomics.wait(i32, state, 0, WAIT_MS);
    }
  }
  return i32[reply + R_VALUE];
}

function serve(ctx: StrategyContext): void {
  const { shm, base } = ctx;
  const i32 = shm.i32;
  const h = i32[base + MAP];
  const clients = ctx.workload.workers - 1;
  let done = 0;
  let pos = 0;
  const stoppedAt = { t: 0 };
  while (done < clients) {
    const signal = Atomics.load(i32, base + SIGNAL);
    const slot = base + RING + (pos & (CAP - 1)) * SLOT_WORDS;
    const ready = () => Atomics.load(i32, slot + S_SEQ) === ((pos + 1) | 0);
    if (!spinFor(ready)) {
      if (pastGrace(ctx, stoppedAt)) return;
      Atomics.wait(i32, base + SIGNAL, signal, WAIT_MS); // returns at once if anyone enqueued since `signal` was read
      continue;
    }
    stoppedAt.t = 0; // still hearing from clients
    const word = i32[slot + S_OP];
    const key = i32[slot + S_KEY];
    const value = i32[slot + S_VAL];
    Atomics.store(i32, slot + S_SEQ, (pos + CAP) | 0); // the slot is free for the producer one lap later
    pos = (pos + 1) | 0;
    const op = word & 3;
    const client = word >>> 2;
    if (op === OP_DONE) {
      done++;
      continue;
    }
    if (op === OP_PUT) {
      mapAssign(shm, h, key, value);
      continue;
    }
    const result = mapAccess(shm, h, key);
    const reply = base + REPLIES + client * REPLY_WORDS;
    i32[reply + R_VALUE] = result;
    Atomics.store(i32, reply + R_STATE, 1);
    Atomics.notify(i32, reply + R_STATE, 1);
  }
}

export const owner: Strategy = {
  name: 'owner',
  minWorkers: 2,
  blockWords: () => REPLIES + MAX_WORKERS * REPLY_WORDS,
  arenaBuckets: (w: Workload) => arenaForMap(maxDistinctKeys(w)),
  init(shm, base, w) {
    initMapAt(shm, base + MAP, w, 0);
    for (let i = 0; i < CAP; i++) shm.i32[base + RING + i * SLOT_WORDS + S_SEQ] = i;
  },
  bind(ctx) {
    return {
      get: (key) => call(ctx, OP_GET, key, 0),
      put: (key, value) => void enqueue(ctx, OP_PUT, key, value),
      finish: () => enqueue(ctx, OP_DONE, 0, 0),
    };
  },
  isServer: (worker) => worker === OWNER,
  serve,
  size: (shm, base) => shm.i32[shm.i32[base + MAP] + H_COUNT],
  verify: (shm, base, w, expected) => verifyPlainMap(shm, shm.i32[base + MAP], w, expected),
};
