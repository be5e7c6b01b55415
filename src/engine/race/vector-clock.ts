// Vector clocks over goroutines, as ThreadSanitizer keeps them (go-facts.md §9.3).
//
// A clock is a plain array indexed by the detector's own dense thread number (tid, given to each
// goroutine the first time the detector sees it, as tsan numbers its threads): entry t is the last
// epoch of thread t this clock has seen; a missing entry is 0 (nothing seen).

export type VectorClock = number[];

/** dst = max(dst, src), entry by entry (an acquire, or a release-merge into a sync object). */
export function join(dst: VectorClock, src: VectorClock): void {
  for (let i = 0; i < src.length; i++) {
    const v = src[i];
    if (v !== undefined && (dst[i] === undefined || dst[i] < v)) dst[i] = v;
  }
}

/** A copy of src (a release that overwrites the sync object's clock, Go's racerelease). */
export function copyClock(src: VectorClock): VectorClock {
  return src.slice();
}

/** The epoch of goroutine t that clock c has seen (0 when none). */
export function seen(c: VectorClock, t: number): number {
  return c[t] ?? 0;
}

/**
 * tsan's ReleaseStoreAcquire, which Go uses for a buffered channel's slot (racereleaseacquire):
 * the goroutine takes in what the slot held and the slot then holds the goroutine's clock as it was
 * before, so the k-th receive sees the k-th send and the (k+C)-th send sees the k-th receive.
 */
export function releaseStoreAcquire(thread: VectorClock, slot: VectorClock): void {
  const n = Math.max(thread.length, slot.length);
  for (let i = 0; i < n; i++) {
    const mine = thread[i] ?? 0;
    const theirs = slot[i] ?? 0;
    slot[i] = mine;
    if (theirs > mine) thread[i] = theirs;
  }
}
