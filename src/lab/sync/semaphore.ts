// A counting semaphore on one shared word, the stand-in for the runtime semaphores Go's RWMutex sleeps on.

export function semAcquire(i32: Int32Array, addr: number): void {
  for (;;) {
    const v = Atomics.load(i32, addr);
    if (v > 0) {
      if (Atomics.compareExchange(i32, addr, v, v - 1) === v) return;
      continue;
    }
    // Sleeps only while the count is still 0; a release in between makes wait return at once.
    Atomics.wait(i32, addr, 0);
  }
}

export function semRelease(i32: Int32Array, addr: number, n = 1): void {
  if (n <= 0) return;
  Atomics.add(i32, addr, n);
  Atomics.notify(i32, addr, n);
}
