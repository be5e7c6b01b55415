// A writer-preferring reader/writer lock with Go's sync.RWMutex algorithm (go-facts §4), on five shared words.
//
// readerCount counts readers, minus 2^30 while a writer is pending or active, so
// a reader arriving after a writer announced itself sees a negative count and
// sleeps: writers cannot be starved by a stream of readers.
import { mutexLock, mutexUnlock } from './futex-mutex.ts';
import { semAcquire, semRelease } from './semaphore.ts';

export const RW_W = 0; // the writers' mutex
export const RW_WRITER_SEM = 1;
export const RW_READER_SEM = 2;
export const RW_READER_COUNT = 3;
export const RW_READER_WAIT = 4;
export const RW_WORDS = 5;

const MAX_READERS = 1 << 30; // Go's rwmutexMaxReaders

export function rLock(i32: Int32Array, rw: number): void {
  if (Atomics.add(i32, rw + RW_READER_COUNT, 1) + 1 < 0) {
    semAcquire(i32, rw + RW_READER_SEM); // a writer is pending: wait for it
  }
}

export function rUnlock(i32: Int32Array, rw: number): void {
  const r = Atomics.sub(i32, rw + RW_READER_COUNT, 1) - 1;
  if (r < 0) {
    // A writer is waiting for the readers that were inside when it arrived; the last one wakes it.
    if (Atomics.sub(i32, rw + RW_READER_WAIT, 1) - 1 === 0) semRelease(i32, rw + RW_WRITER_SEM, 1);
  }
}

export function lock(i32: Int32Array, rw: number): void {
  mutexLock(i32, rw + RW_W);
  const r = Atomics.sub(i32, rw + RW_READER_COUNT, MAX_READERS); // readers inside right now
  if (r !== 0 && Atomics.add(i32, rw + RW_READER_WAIT, r) + r !== 0) {
    semAcquire(i32, rw + RW_WRITER_SEM);
  }
}

export function unlock(i32: Int32Array, rw: number): void {
  const r = Atomics.add(i32, rw + RW_READER_COUNT, MAX_READERS) + MAX_READERS; // readers that queued meanwhile
  semRelease(i32, rw + RW_READER_SEM, r);
  mutexUnlock(i32, rw + RW_W);
}
