// Sleep sets (Godefroid): goroutines whose next step was already explored first from an earlier sibling branch.
//
// At a decision where the search has explored choice t, a later sibling branch puts t (with the
// footprint of t's step) to sleep: as long as the sibling only runs steps independent of t's,
// choosing t would only reorder commuting steps into a schedule already covered, so the search
// does not branch on it. A dependent step wakes it. Sets are tiny (≤ GOMAXPROCS entries) and
// immutable, so branches share them freely.
import { dependent, type Footprint } from './footprint.ts';

export interface Sleeper {
  g: number;
  fp: Footprint;
}

export type SleepSet = readonly Sleeper[];

export const EMPTY: SleepSet = [];

/** The sleep set after goroutine `g` ran a step with footprint `fp`. */
export function afterStep(s: SleepSet, g: number, fp: Footprint): SleepSet {
  if (s.length === 0) return s;
  let out: Sleeper[] | null = null;
  for (let i = 0; i < s.length; i++) {
    const keep = s[i].g !== g && !dependent(s[i].fp, fp);
    if (!keep && out === null) out = s.slice(0, i);
    else if (keep && out !== null) out.push(s[i]);
  }
  return out ?? s;
}

export function asleep(s: SleepSet, g: number): boolean {
  for (const x of s) if (x.g === g) return true;
  return false;
}

export function withSleeper(s: SleepSet, g: number, fp: Footprint): SleepSet {
  return asleep(s, g) ? s : [...s, { g, fp }];
}
