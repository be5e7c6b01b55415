// A futex-style mutex on one shared word (Drepper, "Futexes Are Tricky", mutex #3): 0 free, 1 locked, 2 locked with sleepers.
//
// Like Go's sync.Mutex it tries a CAS, spins briefly while the holder is likely
// to release soon, and only then sleeps (Atomics.wait instead of a semaphore).
// It is not fair and has no starvation mode; Go adds one after 1 ms of waiting.

const FREE = 0;
const LOCKED = 1;
const CONTENDED = 2;
const SPINS = 64;

export function mutexLock(i32: Int32Array, addr: number): void {
  let c = Atomics.compareExchange(i32, addr, FREE, LOCKED);
  if (c === FREE) return;
  for (let spin = 0; spin < SPINS; spin++) {
    if (Atomics.load(i32, addr) === FREE) {
      c = Atomics.compareExchange(i32, addr, FREE, LOCKED);
      if (c === FREE) return;
    }
  }
  // Mark the lock contended before sleeping, so the holder knows to wake someone.
  if (c !== CONTENDED) c = Atomics.exchange(i32, addr, CONTENDED);
  while (c !== FREE) {
    Atomics.wait(i32, addr, CONTENDED);
    c = Atomics.exchange(i32, addr, CONTENDED);
  }
}

export function mutexTryLock(i32: Int32Array, addr: number): boolean {
  return Atomics.compareExchange(i32, addr, FREE, LOCKED) === FREE;
}

export function mutexUnlock(i32: Int32Array, addr: number): void {
  // From 1 to 0 needs no wake-up; from 2 someone may be asleep.
  if (Atomics.sub(i32, addr, 1) !== LOCKED) {
    Atomics.store(i32, addr, FREE);
    Atomics.notify(i32, addr, 1);
  }
}
