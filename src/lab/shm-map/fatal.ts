// The ways a map operation can stop a worker: Go's own fatals, and the lab's guards against a corrupted structure.

/**
 * A Go runtime fatal error, raised with Go's exact text ("concurrent map writes",
 * "concurrent map read and map write", "bad map state"). In Go these kill the
 * process; the lab stops the run.
 */
export class MapFatal extends Error {
  override readonly name = 'MapFatal';
  constructor(readonly goMessage: string) {
    super(`fatal error: ${goMessage}`);
  }
}

/**
 * The lab's guard tripped: a pointer outside the arena, an overflow chain that
 * loops, a B no map can have. Go would likely fault or spin here; the lab must
 * not hang or crash, so it stops the worker and says what it saw.
 */
export class MapCorrupt extends Error {
  override readonly name = 'MapCorrupt';
  constructor(readonly what: string) {
    super(`map corrupted: ${what}`);
  }
}

/** The arena (preallocated shared memory for buckets) is used up. */
export class ArenaExhausted extends Error {
  override readonly name = 'ArenaExhausted';
  constructor() {
    super('arena exhausted: the shared buffer has no room for more buckets');
  }
}
