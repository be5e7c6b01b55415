// The narration's jumps: the next (or previous) map change (bucket map or Swiss table), lock change and goroutine switch
// relative to the player's cursor, as pure scans over a trace.
//
// Positions are the cursor's: at position p the events [0, p) are applied. A jump answers the
// index of the event to land on; the player then moves to index + 1 so the event's effect shows.
// "Next" finds the first matching event at or after p (not applied yet); "previous" finds the
// last matching event before the one last applied (p - 1), so that going back shows an earlier
// change, not the one already on screen. -1 means there is none.
import { eventCodes, eventNames, type EventName } from '../events.ts';
import type { TraceReader } from '../reader.ts';
import { lockWaitReasons } from './narrate-phrases.ts';

export type JumpKind = 'map' | 'lock' | 'switch';

/**
 * Map kinds that change what a map view shows, in either model: the bucket map's map.* and the
 * Swiss table's swiss.* (Go 1.24+). Reads, probes and range steps leave the map as it was; the
 * bucket map's iter.started counts because it sets the iterator flags, which Swiss maps do not have.
 */
const unchanged: ReadonlySet<string> = new Set<EventName>([
  'map.read', 'map.iter.yielded', 'map.iter.finished',
  'swiss.read', 'swiss.probed', 'swiss.iter.started', 'swiss.iter.yielded', 'swiss.iter.finished',
]);
const mapChangeKinds: readonly EventName[] = eventNames.filter((k) => (k.startsWith('map.') || k.startsWith('swiss.')) && !unchanged.has(k));

/**
 * Lock kinds: the sync slice's `lock.*` state events on a Mutex or RWMutex (the same kinds also
 * follow WaitGroups, which are not locks to a learner), plus blocking on and waking from a lock.
 */
const lockKinds: readonly EventName[] = eventNames.filter((k) => k.startsWith('lock.'));

/** Object ids that lock.seen introduced as WaitGroups (lock.seen stores [obj, type, …]). */
function waitGroups(reader: TraceReader): Set<number> {
  const seen = (eventCodes as Readonly<Record<string, number>>)['lock.seen'];
  const ids = new Set<number>();
  if (seen === undefined) return ids;
  const { data, offsets, strings } = reader.trace;
  for (let i = 0; i < reader.length; i++) {
    const p = offsets[i];
    if (data[p] === seen && strings[data[p + 4]] === 'WaitGroup') ids.add(data[p + 3]);
  }
  return ids;
}

/** A matcher over raw columns: no event is decoded while scanning. */
type Matcher = (reader: TraceReader, i: number) => boolean;

function codeSet(kinds: readonly EventName[]): Set<number> {
  return new Set(kinds.map((k) => eventCodes[k]));
}

function matcher(kind: JumpKind, reader: TraceReader): Matcher {
  const { data, offsets, strings } = reader.trace;
  if (kind === 'switch') {
    const code = eventCodes['sched.switched'];
    return (_r, i) => data[offsets[i]] === code;
  }
  if (kind === 'map') {
    const codes = codeSet(mapChangeKinds);
    return (_r, i) => codes.has(data[offsets[i]]);
  }
  const codes = codeSet(lockKinds);
  const notLocks = waitGroups(reader);
  const blocked = eventCodes['goroutine.blocked'];
  const unblocked = eventCodes['goroutine.unblocked'];
  // blocked/unblocked store their reason first: [kind, step, g, reason, obj].
  const reasons = new Set<number>();
  strings.forEach((s, n) => {
    if (lockWaitReasons.has(s)) reasons.add(n);
  });
  return (_r, i) => {
    const p = offsets[i];
    const code = data[p];
    // Every lock.* kind stores the object id first.
    if (codes.has(code)) return !notLocks.has(data[p + 3]);
    return (code === blocked || code === unblocked) && reasons.has(data[p + 3]);
  };
}

function clampPosition(reader: TraceReader, position: number): number {
  if (!Number.isFinite(position)) return 0;
  return Math.min(Math.max(0, Math.trunc(position)), reader.length);
}

/**
 * The first event of `kind` not yet applied at `position`, or -1.
 * @example const i = nextJump(reader, cursor, 'map'); if (i >= 0) seek(i + 1);
 */
export function nextJump(reader: TraceReader, position: number, kind: JumpKind): number {
  const match = matcher(kind, reader);
  for (let i = clampPosition(reader, position); i < reader.length; i++) if (match(reader, i)) return i;
  return -1;
}

/** The last event of `kind` before the last applied one (position - 1), or -1. */
export function previousJump(reader: TraceReader, position: number, kind: JumpKind): number {
  const match = matcher(kind, reader);
  for (let i = clampPosition(reader, position) - 2; i >= 0; i--) if (match(reader, i)) return i;
  return -1;
}
