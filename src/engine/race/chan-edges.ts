// Channel happens-before edges, read from the channel runtime's state-change events
// (runtime/std/sync-events.ts) as Go's chan.go reports them to its race detector (go1.23):
//
// - a value through buffer slot i: sender and receiver each do racereleaseacquire on slot i
//   (racenotify), so the k-th receive sees the k-th send and the (k+C)-th send sees the k-th receive;
// - a direct hand-off between a sender and a waiting receiver: on an unbuffered channel racesync,
//   both ways; on a buffered one Go pretends the value went through slot recvx (sender, then
//   receiver, racereleaseacquire each), so the sender does not learn what the receiver did;
// - close releases the channel, and a receive that returns because of the close acquires it
//   (the receives completed by close are here; a later receive of a closed channel in natives.ts).
import type { Goroutine } from '../vm/goroutine.ts';
import type { Machine } from '../vm/machine.ts';
import type { SyncEvent, SyncEventSink } from '../runtime/std/sync-events.ts';
import type { RaceDetector } from './detector.ts';

function running(m: Machine): Goroutine | null {
  return m.curP >= 0 ? m.ps[m.curP] : null;
}

export function chanEdgeSink(m: Machine, d: RaceDetector): SyncEventSink {
  return {
    emit(e: SyncEvent): void {
      switch (e.kind) {
        case 'chan.sent': {
          const g = e.g ?? running(m);
          if (g !== null) d.releaseStoreAcquire(g, e.ch, e.index);
          return;
        }
        case 'chan.received': {
          const g = running(m);
          if (g !== null) d.releaseStoreAcquire(g, e.ch, e.index);
          return;
        }
        case 'chan.handoff': {
          const s = e.sender ?? running(m);
          if (s === null) return;
          const ch = e.ch as { cap?: number; recvx?: number };
          if ((ch.cap ?? 0) > 0) {
            // Buffered: Go pretends the value went through slot recvx (sender, then receiver).
            const slot = ch.recvx ?? 0;
            d.releaseStoreAcquire(s, e.ch, slot);
            d.releaseStoreAcquire(e.receiver, e.ch, slot);
            return;
          }
          // racesync: release by one side, acquire and release by the other, acquire by the first.
          d.release(s, e.ch, 'sync');
          d.acquire(e.receiver, e.ch, 'sync');
          d.release(e.receiver, e.ch, 'sync');
          d.acquire(s, e.ch, 'sync');
          return;
        }
        case 'chan.closed': {
          const g = running(m);
          if (g !== null) d.release(g, e.ch, 'close');
          return;
        }
        case 'chan.waiter.dequeued':
          if (e.op === 'close' && !e.send) d.acquire(e.g, e.ch, 'close');
          return;
        default:
          return;
      }
    },
  };
}
