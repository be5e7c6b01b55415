// PCT, probabilistic concurrency testing (Burckhardt, Kothari, Musuvathi, Nagarakatte, ASPLOS 2010).
//
// Each goroutine gets a random priority when first seen, all above d; d − 1 change points are
// drawn among the first k decisions. The scheduler always runs the highest-priority goroutine on
// a P; at the j-th change point the goroutine about to run drops to priority d − j. For a
// program with at most n goroutines and k steps, one such run hits any given bug of depth d
// (d ordering constraints) with probability at least 1 / (n · k^(d−1)), so N runs miss it with
// probability at most (1 − p)^N. Here a step is one scheduling decision of the explorer.
import { Rand } from '../vm/rand.ts';
import type { Chooser } from './run-schedule.ts';

export interface PctParams {
  /** Bug depth aimed at (d ≥ 1). */
  depth: number;
  /** Goroutines the program runs (an estimate from earlier runs; at least 1). */
  goroutines: number;
  /** Decisions per run (an estimate from earlier runs; at least 1). */
  steps: number;
}

/** A chooser for one PCT run; `seed` makes it reproducible. */
export function pctChooser(seed: number, params: PctParams): Chooser {
  const rand = new Rand(seed);
  const d = Math.max(1, Math.floor(params.depth));
  const k = Math.max(1, Math.floor(params.steps));
  const n = Math.max(1, params.goroutines);
  const priority = new Map<number, number>();
  // Change point j (1-based) at decision changeAt[j-1].
  const changeAt = new Map<number, number>();
  for (let j = 1; j < d && changeAt.size < k; j++) {
    let at = rand.intn(k);
    while (changeAt.has(at)) at = (at + 1) % k;
    changeAt.set(at, j);
  }
  const prio = (g: number): number => {
    let p = priority.get(g);
    if (p === undefined) {
      // A uniformly random real above d: the order among goroutines is a uniform permutation.
      p = d + rand.float64() * n;
      priority.set(g, p);
    }
    return p;
  };
  const highest = (cands: readonly number[]): number => {
    let best = cands[0];
    for (const c of cands) if (prio(c) > prio(best)) best = c;
    return best;
  };
  return (p) => {
    const j = changeAt.get(p.index);
    if (j !== undefined) priority.set(highest(p.candidates), d - j);
    return highest(p.candidates);
  };
}

/** PCT's lower bound on the chance that one run finds a bug of depth d: 1 / (n · k^(d−1)). */
export function pctProbability(params: PctParams): number {
  const n = Math.max(1, params.goroutines), k = Math.max(1, params.steps), d = Math.max(1, params.depth);
  return 1 / (n * Math.pow(k, d - 1));
}
