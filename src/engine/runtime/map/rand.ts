// A small seeded PRNG for the map model (hash seeds, iteration start, noverflow sampling).
//
// It lives here only because no shared generator exists yet; it is written so it can move to
// src/engine/vm/rand.ts unchanged, and every map function takes the `Rand` interface, not this
// implementation, so the VM can pass its own run-seeded source instead.

/** A deterministic source of uint32 values; the engine's stand-in for Go's runtime `rand()`. */
export interface Rand {
  /** The next value, an integer in [0, 2^32). */
  uint32(): number;
}

/**
 * splitmix32-style generator: a Weyl sequence run through a 32-bit finaliser.
 * Chosen for speed and because every seed (including 0) gives a full-period stream.
 */
export class SeededRand implements Rand {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  uint32(): number {
    this.state = (this.state + 0x9e3779b9) >>> 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  }

  /** An integer in [0, n) for n ≥ 1; used by tests and schedulers, not by the map itself. */
  intn(n: number): number {
    return n <= 1 ? 0 : this.uint32() % n;
  }
}
