// The lab's memory budget: a program that allocates without end is stopped with a message before
// it takes the browser tab down. Counted in 8-byte words, as Go would size them.
//
// The lab does not model garbage collection, so it cannot know what is live; it bounds what a run
// allocates in total, and any single allocation. Both limits are far above what a teaching program
// uses (the 1M-insert map benchmark allocates under 1 % of the total).
import type { Machine } from './machine.ts';

/** No single slice, array or string may be larger than this many words (256 MB as Go sizes it). */
export const maxAllocationWords = 1 << 25;

/** The default total: 2 GB as Go would size it, far beyond a teaching program and well within a tab. */
export const defaultMaxHeapWords = 1 << 28;

/** No map may hold more entries than this (each costs the model far more than Go's few words). */
export const maxMapEntries = 1 << 22;

/** Thrown by an allocation over budget; the dispatch loop stops the run with `message`. */
export class OverBudget {
  constructor(readonly message: string) {}
}

/** Checked after a map insert: a map grown past maxMapEntries stops the run. */
export function checkMapSize(entries: number): void {
  if (entries > maxMapEntries) throw new OverBudget(`program stopped: a map grew past ${maxMapEntries.toLocaleString('en-US')} entries (the lab's memory budget for one map)`);
}

const mb = (words: number) => `${Math.round((words * 8) / (1 << 20)).toLocaleString('en-US')} MB`;

/**
 * Counts an allocation of `words` words against the run's budgets.
 * @example allocate(m, cap) // in makeslice, before the array is made
 */
export function allocate(m: Machine, words: number): void {
  if (words > maxAllocationWords) {
    throw new OverBudget(`program stopped: one allocation of ${mb(words)} is more than the lab's limit of ${mb(maxAllocationWords)} for a single object`);
  }
  m.heapWords += words;
  if (m.heapWords > m.opts.maxHeapWords) {
    throw new OverBudget(`program stopped after allocating ${mb(m.heapWords)} in total (the lab's memory budget is ${mb(m.opts.maxHeapWords)}; it does not model garbage collection, so everything allocated counts)`);
  }
}
