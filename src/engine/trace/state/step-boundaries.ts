// Where Step and Back stop: positions after an event of a granularity's stop kinds.
//
// A cursor position p means "events [0, p) applied". `statement` stops after each goroutine.line
// (some goroutine reached a new statement) and after the events that end or break a run; `phase`
// stops after every state change (each phase of a map write, a block, a wake-up, a switch), except
// a frame change or a descheduling, which are only the prelude to the line or switch that follows. Scans read the
// kind column (TraceReader.kindAt), so they allocate nothing.
//
// Map phases are stops in both models, since every kind is: the bucket map's map.* and, from Go 1.24,
// the Swiss table's swiss.* (the `writing` toggle, each probe with where it ended, the slot written
// or deleted, growth to a table, a table grown or split and the directory doubled, the exit toggle).
// A write's entry check reports nothing unless it fails, so its stop is the fatal error's.
import { eventCodes, eventNames, type EventName } from '../events.ts';
import type { TraceReader } from '../reader.ts';

export type Granularity = 'statement' | 'phase';

const statementStops: readonly EventName[] = [
  'goroutine.line', 'goroutine.ended', 'fatal.raised', 'panic.raised', 'unsupported.raised', 'budget.exhausted', 'run.ended',
];

function codeTable(kinds: readonly EventName[]): Uint8Array {
  const t = new Uint8Array(eventNames.length);
  for (const k of kinds) t[eventCodes[k]] = 1;
  return t;
}

const stops: Record<Granularity, Uint8Array> = {
  statement: codeTable(statementStops),
  // A descheduling is announced just before the switch that follows it: one stop for both.
  phase: codeTable(eventNames.filter((k) => k !== 'goroutine.frame.changed' && k !== 'goroutine.descheduled')),
};

function isStop(reader: TraceReader, i: number, granularity: Granularity): boolean {
  return stops[granularity][reader.trace.data[reader.trace.offsets[i]]] === 1;
}

/** The next stop after `position` (the trace's length when there is none). */
export function nextStop(reader: TraceReader, position: number, granularity: Granularity): number {
  for (let i = Math.max(0, position); i < reader.length; i++) if (isStop(reader, i, granularity)) return i + 1;
  return reader.length;
}

/** The previous stop before `position` (0 when there is none). */
export function previousStop(reader: TraceReader, position: number, granularity: Granularity): number {
  for (let i = Math.min(position, reader.length) - 2; i >= 0; i--) if (isStop(reader, i, granularity)) return i + 1;
  return 0;
}

/** The position after goroutine g's next statement or its end, or -1 when it has neither. */
export function nextLineOf(reader: TraceReader, position: number, g: number): number {
  const line = eventCodes['goroutine.line'];
  const ended = eventCodes['goroutine.ended'];
  const { data, offsets } = reader.trace;
  for (let i = Math.max(0, position); i < reader.length; i++) {
    const o = offsets[i];
    if (data[o + 2] === g && (data[o] === line || data[o] === ended)) return i + 1;
  }
  return -1;
}

/** The position just before scheduler step `step`'s first event (steps never decrease along a trace). */
export function positionOfStep(reader: TraceReader, step: number): number {
  let lo = 0;
  let hi = reader.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (reader.stepAt(mid) < step) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where a crash run opens, -1 when it did not crash: the end of the scheduler step in which the first
 * fatal error or uncaught panic was raised. That step also holds Go's report (the goroutine dump) and
 * the other CPUs' last runtime step, so the Console shows the message while the colliding goroutines
 * are still on their lines.
 */
export function crashPosition(reader: TraceReader): number {
  const i = reader.findNext(0, ['fatal.raised', 'panic.raised']);
  if (i < 0) return -1;
  const step = reader.stepAt(i);
  let end = i + 1;
  while (end < reader.length && reader.stepAt(end) === step) end++;
  return end;
}
