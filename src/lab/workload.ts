// The workload each worker runs: a reproducible stream of reads and writes drawn from a seeded PRNG.
//
// Streams are generated before the start barrier, so the timed loop does nothing
// but map operations, and the checker can regenerate exactly what each worker was
// asked to do. The seed fixes the streams; it cannot fix the interleaving, which
// belongs to the hardware.
import { KEY_MAY, KEY_MUST, type ExpectedKeys } from './shm-map/consistency.ts';

export type KeyDistribution = 'uniform' | 'skewed';

export interface Workload {
  workers: number;
  opsPerWorker: number;
  /** 0..100: share of operations that are lookups; the rest are `m[k] = v`. */
  readPercent: number;
  keySpace: number;
  distribution: KeyDistribution;
  seed: number;
}

export const MAX_WORKERS = 64;
export const MAX_KEY_SPACE = 1 << 20;
export const MAX_OPS_PER_WORKER = 5_000_000;
/** Zipf-like exponent for skewed keys: key 0 is the hottest. */
export const SKEW_EXPONENT = 1.1;

/** Clamp every field to what the lab supports, so bad input never reaches the workers. */
export function normalizeWorkload(w: Partial<Workload>): Workload {
  const int = (v: unknown, lo: number, hi: number, dflt: number) => {
    const n = typeof v === 'number' && Number.isFinite(v) ? Math.floor(v) : dflt;
    return Math.min(hi, Math.max(lo, n));
  };
  return {
    workers: int(w.workers, 1, MAX_WORKERS, 2),
    opsPerWorker: int(w.opsPerWorker, 1, MAX_OPS_PER_WORKER, 100_000),
    readPercent: int(w.readPercent, 0, 100, 50),
    keySpace: int(w.keySpace, 1, MAX_KEY_SPACE, 4096),
    distribution: w.distribution === 'skewed' ? 'skewed' : 'uniform',
    seed: int(w.seed, 0, 0x7fffffff, 1),
  };
}

/** A small seeded generator (a counter passed through an integer hash); returns floats in [0, 1). */
export function makeRng(seed: number, stream: number): () => number {
  let state = (Math.imul(seed | 0, 0x9e3779b9) ^ Math.imul(stream + 1, 0x85ebca6b)) | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    z ^= z >>> 15;
    return (z >>> 0) / 4294967296;
  };
}

/** Operation encoding in the stream: key * 2 + 1 for a write, key * 2 for a read. */
export function opKey(op: number): number {
  return op >>> 1;
}

export function opIsWrite(op: number): boolean {
  return (op & 1) === 1;
}

/** The operations of one worker's stream. */
export function makeOps(w: Workload, stream: number): Int32Array {
  const rng = makeRng(w.seed, stream);
  const ops = new Int32Array(w.opsPerWorker);
  const K = w.keySpace;
  // Continuous inverse CDF of a power law on [1, K+1): cheap, close to Zipf for s near 1.
  const a = 1 - SKEW_EXPONENT;
  const top = Math.pow(K + 1, a) - 1;
  const readShare = w.readPercent / 100;
  for (let i = 0; i < ops.length; i++) {
    const write = rng() >= readShare ? 1 : 0;
    const u = rng();
    let key = w.distribution === 'skewed' ? Math.floor(Math.pow(top * u + 1, 1 / a)) - 1 : Math.floor(u * K);
    if (key < 0) key = 0;
    if (key >= K) key = K - 1;
    ops[i] = key * 2 + write;
  }
  return ops;
}

/** Values carry their key and writer, so the checker can tell a value that belongs elsewhere. */
export function encodeValue(key: number, worker: number): number {
  return key * MAX_WORKERS + worker;
}

export function valueFits(key: number, value: number, workers: number): boolean {
  return value >= 0 && Math.floor(value / MAX_WORKERS) === key && value % MAX_WORKERS < workers;
}

/** What one worker finished: `opsDone` operations, and whether it stopped inside the next one. */
export interface StreamProgress {
  stream: number;
  opsDone: number;
  cutShort: boolean;
}

/** Keys that must be in the map after the run (written by a completed op), and those that may be. */
export function expectedKeys(w: Workload, progress: readonly StreamProgress[]): ExpectedKeys {
  const state = new Uint8Array(w.keySpace);
  for (const p of progress) {
    const ops = makeOps(w, p.stream);
    const done = Math.min(p.opsDone, ops.length);
    for (let i = 0; i < done; i++) if (opIsWrite(ops[i])) state[opKey(ops[i])] = KEY_MUST;
    if (p.cutShort && done < ops.length && opIsWrite(ops[done]) && state[opKey(ops[done])] !== KEY_MUST) {
      state[opKey(ops[done])] = KEY_MAY;
    }
  }
  return { keySpace: w.keySpace, state };
}
