// Short backward scans over a trace that the narration needs for context: where a step starts,
// which goroutine is running, and which goroutines are inside a map write window.
//
// Scans read the reader's cheap column accessors and decode only candidate events. They are
// bounded (`scanLimit` events) so a sentence never costs more than a fraction of a frame, even
// a million events into a run; past the bound the answer is "unknown".
import { eventCodes, type EventOf } from '../events.ts';
import type { TraceReader } from '../reader.ts';

/** How far back a scan looks before it gives up (typed-array reads: well under a millisecond). */
export const scanLimit = 200_000;

/** The index of the first event of the step that event `i` belongs to. */
export function stepStart(reader: TraceReader, i: number): number {
  const step = reader.stepAt(i);
  let j = i;
  while (j > 0 && i - j < scanLimit && reader.stepAt(j - 1) === step) j--;
  return j;
}

/** The index one past the last event of the step that event `i` belongs to. */
export function stepEnd(reader: TraceReader, i: number): number {
  const step = reader.stepAt(i);
  let j = i + 1;
  while (j < reader.length && j - i < scanLimit && reader.stepAt(j) === step) j++;
  return j;
}

/**
 * The first event of the statement that event `last` ends: back over trailing goroutine.line and
 * frame.changed events (they announce the statement about to run, which the editor highlights),
 * then back to the goroutine.line that began the statement just run, never past the step's start.
 */
export function statementStart(reader: TraceReader, last: number): number {
  const step = reader.stepAt(last);
  const marker = (j: number) => {
    const k = reader.kindAt(j);
    return k === 'goroutine.line' || k === 'goroutine.frame.changed';
  };
  let j = last;
  while (j > 0 && marker(j) && reader.stepAt(j - 1) === step) j--;
  while (j > 0 && reader.kindAt(j) !== 'goroutine.line' && reader.stepAt(j - 1) === step && last - j < scanLimit) j--;
  return j;
}

/** The goroutine the scheduler last switched to at or before event `i`; 0 when unknown. */
export function runningAt(reader: TraceReader, i: number): number {
  for (let j = Math.min(i, reader.length - 1); j >= 0 && i - j < scanLimit; j--) {
    if (reader.kindAt(j) === 'sched.switched') return reader.goroutineAt(j);
  }
  return 0;
}

/** A map write that began and has not ended yet: who, which map, and the began event (either map model's). */
export interface OpenWrite {
  g: number;
  map: number;
  began: EventOf<'map.write.began'> | EventOf<'swiss.write.began'>;
}

/**
 * The write windows open just before event `i`, latest first: Go's hashWriting windows (from
 * map.write.began to map.write.ended of the same goroutine and map) or, for a Swiss map, its
 * `writing` windows (swiss.write.began to swiss.write.ended).
 */
export function openWrites(reader: TraceReader, i: number): OpenWrite[] {
  const began = eventCodes['map.write.began'];
  const ended = eventCodes['map.write.ended'];
  const swissBegan = eventCodes['swiss.write.began'];
  const swissEnded = eventCodes['swiss.write.ended'];
  const closed = new Set<number>();
  const open: OpenWrite[] = [];
  const { data, offsets } = reader.trace;
  // Both kinds store [kind, step, g, map, …]: only the open windows' began events are decoded.
  for (let j = Math.min(i, reader.length) - 1; j >= 0 && i - j < scanLimit; j--) {
    const p = offsets[j];
    const code = data[p];
    if (code !== began && code !== ended && code !== swissBegan && code !== swissEnded) continue;
    const key = windowKey(data[p + 2], data[p + 3]);
    if (code === ended || code === swissEnded) closed.add(key);
    else if (closed.has(key)) closed.delete(key);
    else open.push({ g: data[p + 2], map: data[p + 3], began: reader.get(j) as OpenWrite['began'] });
  }
  return open;
}

/** One number per (goroutine, map) pair. */
function windowKey(g: number, map: number): number {
  return g * 0x100000 + map;
}

/** The index of goroutine g's write.began on `map` whose window is open just before event `i`; -1 when none. */
export function openWriteOf(reader: TraceReader, i: number, g: number, map: number): number {
  const codes = [eventCodes['map.write.began'], eventCodes['map.write.ended'], eventCodes['swiss.write.began'], eventCodes['swiss.write.ended']];
  const { data, offsets } = reader.trace;
  for (let j = Math.min(i, reader.length) - 1; j >= 0 && i - j < scanLimit; j--) {
    const p = offsets[j];
    const code = data[p];
    if (data[p + 2] !== g || (code !== codes[0] && code !== codes[1] && code !== codes[2] && code !== codes[3]) || data[p + 3] !== map) continue;
    return code === codes[0] || code === codes[2] ? j : -1;
  }
  return -1;
}

/** The index of the event that closes the write window opened at `began` (-1: still open at the end, or too far). */
export function writeWindowEnd(reader: TraceReader, began: number): number {
  const code = reader.trace.data[reader.trace.offsets[began]];
  const endCode = code === eventCodes['swiss.write.began'] ? eventCodes['swiss.write.ended'] : eventCodes['map.write.ended'];
  const { data, offsets } = reader.trace;
  const g = data[offsets[began] + 2];
  const map = data[offsets[began] + 3];
  // write.began and write.ended store [kind, step, g, map, …].
  for (let j = began + 1; j < reader.length && j - began < scanLimit; j++) {
    const p = offsets[j];
    if (data[p] === endCode && data[p + 2] === g && data[p + 3] === map) return j;
  }
  return -1;
}

/**
 * The goroutine holding lock `obj` (write-locked) just after event `i`, from the sync slice's
 * lock.acquired / lock.released events; 0 when it is free, read-locked, or the trace does not say.
 */
export function lockHolderAt(reader: TraceReader, obj: number, i: number): number {
  const { data, offsets } = reader.trace;
  // lock.acquired and lock.released store [obj, read, …] first (events.ts).
  for (let j = Math.min(i, reader.length - 1); j >= 0 && i - j < scanLimit; j--) {
    // A string: the lock kinds are compared by name so this file does not depend on their schema entries.
    const k: string = reader.kindAt(j);
    if (k !== 'lock.acquired' && k !== 'lock.released') continue;
    const p = offsets[j] + 3;
    if (data[p] !== obj || data[p + 1] !== 0) continue;
    return k === 'lock.acquired' ? reader.goroutineAt(j) : 0;
  }
  return 0;
}
