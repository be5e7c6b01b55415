// A runtime operation written as a generator that yields the Go calls it needs (a comparator, a
// Less method) and receives their results: the VM runs each call (OpStep.Call) and resumes it.
import { OpStep, type Goroutine, type PendingOp } from '../../vm/goroutine.ts';

export interface CallRequest {
  fn: unknown;
  args: unknown[];
}

/** Calls yielded as requests; `next(results)` resumes with the call's results. */
export type CallingGen<T> = Generator<CallRequest, T, unknown[]>;

/** Drives gen; when it returns, `finish` gives the op's results (opResult, opResult2). */
export function callingOp<T>(gen: CallingGen<T>, finish: (value: T) => [unknown, unknown] = () => [null, null]): PendingOp {
  let started = false;
  return {
    step(g: Goroutine): OpStep {
      const r = started ? gen.next(g.callResults) : gen.next([]);
      started = true;
      if (r.done) {
        [g.opResult, g.opResult2] = finish(r.value);
        return OpStep.Done;
      }
      g.call = r.value;
      return OpStep.Call;
    },
  };
}

/**
 * Insertion sort of positions [0, n) with Go calls for the order: the sort Go's sort and slices
 * packages use for short inputs (so equal elements end where Go leaves them), stable for any n.
 */
export function* insertionSort(n: number, less: (i: number, j: number) => CallingGen<boolean>, swap: (i: number, j: number) => CallingGen<void>): CallingGen<void> {
  for (let i = 1; i < n; i++) {
    for (let j = i; j > 0; j--) {
      if (!(yield* less(j, j - 1))) break;
      yield* swap(j, j - 1);
    }
  }
}
