// Narration sentences for the lock, WaitGroup and channel events (the kinds in events.ts's
// "locks and channels" block). Objects are called by the name the program gave them (from the
// trace's lock.seen and chan.made events), or by their trace id (`lock #3`) when it has none.
import type { TraceEvent } from '../events.ts';
import type { TraceReader } from '../reader.ts';
import { gName, valueText } from './narrate-phrases.ts';

export type SyncEventName =
  | 'lock.seen' | 'lock.acquired' | 'lock.released' | 'lock.waiter.queued' | 'lock.waiter.dequeued'
  | 'lock.starvation.changed' | 'waitgroup.changed' | 'chan.made' | 'chan.sent' | 'chan.received'
  | 'chan.handoff' | 'chan.waiter.queued' | 'chan.waiter.dequeued' | 'chan.closed' | 'syncmap.changed';

/** Per trace: object id → the name its lock.seen or chan.made event gave (built once, by one pass over the kind column). */
const namesByTrace = new WeakMap<TraceReader, Map<number, string>>();

function objectNames(reader: TraceReader): Map<number, string> {
  let names = namesByTrace.get(reader);
  if (names !== undefined) return names;
  names = new Map();
  for (let i = 0; i < reader.length; i++) {
    const k = reader.kindAt(i);
    if (k !== 'lock.seen' && k !== 'chan.made' && k !== 'syncmap.changed') continue;
    const e = reader.get(i);
    if (e && (e.kind === 'lock.seen' || e.kind === 'chan.made' || e.kind === 'syncmap.changed') && e.name !== '') names.set(e.obj, `\`${e.name}\``);
  }
  namesByTrace.set(reader, names);
  return names;
}

/**
 * One sentence for a lock or channel event; `reader` (the event's trace) lets it use the program's
 * names. Other kinds (narrate.ts hands over whatever it has no sentence for) get a plain one.
 */
export function syncSentence(e: TraceEvent, reader?: TraceReader): string {
  const names = reader ? objectNames(reader) : null;
  const lockName = (obj: number) => names?.get(obj) ?? `lock #${obj}`;
  const chanName = (obj: number) => names?.get(obj) ?? `chan #${obj}`;
  const g = gName(e.g);
  switch (e.kind) {
    case 'lock.seen':
      return `${g} uses the sync.${e.type} ${lockName(e.obj)} for the first time.`;
    case 'lock.acquired':
      if (e.read) return `${g} took a read lock on ${lockName(e.obj)}${e.handoff ? ' as the writer left' : ''}.`;
      return e.handoff ? `${g} was handed ${lockName(e.obj)} and now holds it.` : `${g} locked ${lockName(e.obj)}.`;
    case 'lock.released':
      return `${g} unlocked ${lockName(e.obj)}${e.read ? ' (one reader fewer)' : ''}.`;
    case 'lock.waiter.queued':
      return e.position === 0 && e.wasWoken
        ? `${g} lost the race for ${lockName(e.obj)} and waits again at the head of the queue.`
        : `${g} waits for ${lockName(e.obj)}, number ${e.position + 1} in the queue.`;
    case 'lock.waiter.dequeued':
      return e.handoff ? `${g} leaves the queue of ${lockName(e.obj)}: it gets the lock directly.` : `${g} is woken from the queue of ${lockName(e.obj)} and must compete for it.`;
    case 'lock.starvation.changed':
      return e.starving
        ? `${lockName(e.obj)} switches to starvation mode: a waiter has waited over 1 ms, so unlocks now hand the mutex to the queue's head.`
        : `${lockName(e.obj)} goes back to normal mode.`;
    case 'waitgroup.changed':
      return `${g} changed the counter of ${lockName(e.obj)} by ${e.delta}: ${e.counterBefore} → ${e.counterAfter}.`;
    case 'chan.made':
      return `${g} made ${chanName(e.obj)}, a chan${e.elem ? ' ' + e.elem : ''} with ${e.cap === 0 ? 'no buffer' : `a buffer of ${e.cap}`}.`;
    case 'chan.sent':
      return `${g} put ${valueText(e.value)} into the buffer of ${chanName(e.obj)} at slot ${e.slot} (${e.countAfter} buffered).`;
    case 'chan.received':
      return `${g} took ${valueText(e.value)} from the buffer of ${chanName(e.obj)} at slot ${e.slot} (${e.countAfter} left).`;
    case 'chan.handoff':
      return `${gName(e.sender)} handed ${valueText(e.value)} straight to ${gName(e.receiver)} on ${chanName(e.obj)}.`;
    case 'chan.waiter.queued':
      return e.send ? `${g} waits to send ${valueText(e.value)} on ${chanName(e.obj)}.` : `${g} waits to receive from ${chanName(e.obj)}.`;
    case 'chan.waiter.dequeued':
      return `${g} stops waiting to ${e.send ? 'send on' : 'receive from'} ${chanName(e.obj)}.`;
    case 'chan.closed':
      return `${g} closed ${chanName(e.obj)}.`;
    case 'syncmap.changed': {
      const name = names?.get(e.obj) ?? `sync.Map #${e.obj}`;
      if (e.promoted) return `${g}'s ${e.op} on ${name} missed the read map ${e.missesBefore + 1} times, as many as the dirty map has entries: dirty becomes the new read map (${e.readAfter} entries).`;
      if (e.missesAfter > e.missesBefore) return `${g}'s ${e.op} on ${name} missed the read map and looked in the dirty map (miss ${e.missesAfter} of ${e.dirtyAfter} before promotion).`;
      if (e.dirtyBefore < 0 && e.dirtyAfter >= 0) return `${g}'s ${e.op} on ${name} added a new key: the dirty map is rebuilt from the read map (${e.dirtyAfter} entries).`;
      return `${g}'s ${e.op} on ${name}: read ${e.readAfter} entries, dirty ${e.dirtyAfter < 0 ? 'nil' : `${e.dirtyAfter} entries`}.`;
    }
    default:
      return `${g}: ${e.kind}.`;
  }
}
