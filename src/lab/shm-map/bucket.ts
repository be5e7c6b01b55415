// Reading and writing one bucket (Go's bmap): tophash bytes, keys, elems, the overflow pointer.
import { allocBuckets, checkBucket } from './arena.ts';
import {
  BKT_ELEMS, BKT_KEYS, BKT_OVERFLOW, EMPTY_ONE, EVACUATED_EMPTY, EVACUATED_X, H_B, H_NOVERFLOW,
  type Shm, tophashAt,
} from './layout.ts';

export function getTophash(shm: Shm, b: number, i: number): number {
  return shm.u8[tophashAt(b, i)];
}

export function setTophash(shm: Shm, b: number, i: number, top: number): void {
  shm.u8[tophashAt(b, i)] = top;
}

export function getKey(shm: Shm, b: number, i: number): number {
  return shm.i32[b + BKT_KEYS + i];
}

export function setKey(shm: Shm, b: number, i: number, key: number): void {
  shm.i32[b + BKT_KEYS + i] = key;
}

export function getElem(shm: Shm, b: number, i: number): number {
  return shm.i32[b + BKT_ELEMS + i];
}

export function setElem(shm: Shm, b: number, i: number, elem: number): void {
  shm.i32[b + BKT_ELEMS + i] = elem;
}

/** The next bucket in the chain, 0 at the end; a pointer outside the arena is corruption. */
export function overflowOf(shm: Shm, b: number): number {
  const next = shm.i32[b + BKT_OVERFLOW];
  return next === 0 ? 0 : checkBucket(shm, next, 'overflow pointer');
}

export function setOverflow(shm: Shm, b: number, next: number): void {
  shm.i32[b + BKT_OVERFLOW] = next;
}

/** Go's isEmpty: emptyRest or emptyOne. */
export function isEmptyTop(top: number): boolean {
  return top <= EMPTY_ONE;
}

/** Go's evacuated(b): the first tophash holds one of the evacuation marks. */
export function isEvacuated(shm: Shm, b: number): boolean {
  const top = getTophash(shm, b, 0);
  return top >= EVACUATED_X && top <= EVACUATED_EMPTY;
}

/**
 * Go's newoverflow: take a fresh bucket, count it (incrnoverflow) and chain it
 * after `b`. Above B = 15 Go counts only one in 2^(B-15) overflow buckets at
 * random; the lab uses the key's hash bits as that coin.
 */
export function newOverflow(shm: Shm, h: number, b: number, hash: number): number {
  const ovf = allocBuckets(shm, 1);
  const B = shm.i32[h + H_B];
  if (B < 16) {
    shm.i32[h + H_NOVERFLOW]++;
  } else if ((hash & ((1 << (B - 15)) - 1)) === 0) {
    shm.i32[h + H_NOVERFLOW]++;
  }
  setOverflow(shm, b, ovf);
  return ovf;
}
