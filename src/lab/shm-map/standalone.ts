// A private, single-threaded Shm with its own arena: for unit tests and for building example maps by hand.
import { BUCKET_WORDS, type Shm } from './layout.ts';

const FIRST = BUCKET_WORDS; // keep word 0 free so that 0 stays nil
const NEXT_WORD = 1;

export function standaloneShm(buckets: number): Shm {
  const words = FIRST + buckets * BUCKET_WORDS;
  const buf = new ArrayBuffer(words * 4);
  const i32 = new Int32Array(buf);
  i32[NEXT_WORD] = FIRST;
  return { i32, u8: new Uint8Array(buf), arenaStart: FIRST, arenaEnd: words, arenaNext: NEXT_WORD };
}
