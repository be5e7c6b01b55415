// The locks-and-channels slice over real traces: every before-value matches the folded state,
// reverting every event from the end reaches the empty start, and the states a learner must see
// (an owner with ordered waiters, starvation mode, a buffer ring) appear where Go puts them.
import { describe, expect, it } from 'vitest';
import { runSource } from '../../run-source.ts';
import type { TraceEvent } from '../events.ts';
import { TraceReader } from '../reader.ts';
import { bufferedValues, syncSlice, type SyncState } from './sync.ts';

function snapshot(s: SyncState): string {
  return JSON.stringify(s, (_k, v) => (v instanceof Map ? [...v].sort((a, b) => Number(a[0]) - Number(b[0])) : v));
}

/** Asserts that e's before-values describe the state it is applied to. */
function checkBefore(s: SyncState, e: TraceEvent): void {
  switch (e.kind) {
    case 'lock.acquired': {
      const l = s.locks.get(e.obj)!;
      if (!e.read) expect(l.owner).toBe(0);
      if (l.type !== 'WaitGroup' && !e.read) expect(l.readers).toEqual([]);
      expect(e.wasWoken).toBe(l.woken === e.g && l.woken !== 0);
      if (e.handoff && l.type === 'Mutex') expect(l.handedTo).toBe(e.g);
      break;
    }
    case 'lock.released': {
      const l = s.locks.get(e.obj)!;
      if (e.read) expect(l.readers[e.holderIndex]).toBe(e.holder);
      else expect(l.owner).toBe(e.holder);
      break;
    }
    case 'lock.waiter.queued':
      expect(e.position).toBeLessThanOrEqual(s.locks.get(e.obj)!.waiters.length);
      break;
    case 'lock.waiter.dequeued':
      expect(s.locks.get(e.obj)!.waiters[e.position]).toEqual({ g: e.g, writer: e.writer });
      break;
    case 'lock.starvation.changed':
      expect(s.locks.get(e.obj)!.starving).toBe(!e.starving);
      break;
    case 'waitgroup.changed':
      expect(s.locks.get(e.obj)!.counter).toBe(e.counterBefore);
      break;
    case 'chan.sent': {
      const c = s.chans.get(e.obj)!;
      expect([c.count, c.sendx, c.slots.has(e.slot)]).toEqual([e.countBefore, e.sendxBefore, false]);
      break;
    }
    case 'chan.received': {
      const c = s.chans.get(e.obj)!;
      expect([c.count, c.recvx, c.slots.get(e.slot)]).toEqual([e.countBefore, e.recvxBefore, e.value]);
      break;
    }
    case 'chan.waiter.dequeued': {
      const q = e.send ? s.chans.get(e.obj)!.sendq : s.chans.get(e.obj)!.recvq;
      expect(q[e.position]).toEqual({ g: e.g, value: e.value, select: e.select });
      break;
    }
    case 'chan.closed':
      expect(s.chans.get(e.obj)!.closed).toBe(false);
      break;
    case 'syncmap.changed': {
      const m = s.syncMaps.get(e.obj);
      expect(m === undefined).toBe(e.first);
      if (m) expect([m.read, m.dirty, m.amended, m.misses]).toEqual([e.readBefore, e.dirtyBefore, e.amendedBefore, e.missesBefore]);
      break;
    }
  }
}

interface Folded {
  events: TraceEvent[];
  /** State after each event (index i: after events[0..i]). */
  states: SyncState[];
  kinds: Set<string>;
}

/** Folds a traced run forwards (checking before-values), then back to the start (checking each state). */
function foldBothWays(source: string, seed: number, procs: number): Folded {
  const r = runSource(source, { trace: true, seed, procs });
  expect(r.trace, r.stderr).toBeDefined();
  const events = [...new TraceReader(r.trace!).range()];
  const s = syncSlice.init();
  const start = snapshot(s);
  const seen: string[] = [];
  const states: SyncState[] = [];
  const kinds = new Set<string>();
  for (const e of events) {
    checkBefore(s, e);
    syncSlice.apply(s, e);
    kinds.add(e.kind);
    seen.push(snapshot(s));
    states.push(syncSlice.clone(s));
  }
  // A clone shares nothing: changing it leaves the original alone.
  const copy = syncSlice.clone(s);
  for (const c of copy.chans.values()) c.slots.set(-1, 'x');
  for (const l of copy.locks.values()) l.waiters.push({ g: -1, writer: true });
  expect(snapshot(s)).toBe(seen[seen.length - 1] ?? start);
  for (let i = events.length - 1; i >= 0; i--) {
    expect(snapshot(s)).toBe(seen[i]);
    syncSlice.revert(s, events[i]);
  }
  expect(snapshot(s)).toBe(start);
  return { events, states, kinds };
}

const contended = `package main

import (
	"fmt"
	"sync"
)

type DB struct {
	mu   sync.Mutex
	data map[string]int
}

func main() {
	db := &DB{data: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 3; j++ {
				db.mu.Lock()
				db.data[fmt.Sprint(i)]++
				db.mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(len(db.data))
}
`;

// The holder sleeps 2 ms with the lock held, so main waits longer than the 1 ms threshold.
const starving = `package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	done := make(chan bool)
	go func() {
		for i := 0; i < 4; i++ {
			mu.Lock()
			time.Sleep(2 * time.Millisecond)
			mu.Unlock()
		}
		done <- true
	}()
	time.Sleep(time.Millisecond)
	mu.Lock()
	fmt.Println("main got the lock")
	mu.Unlock()
	<-done
}
`;

const channels = `package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	results := make(chan string)
	for i := 0; i < 5; i++ {
		go func(i int) { ch <- i }(i)
	}
	go func() {
		for v := range ch {
			results <- fmt.Sprint(v)
		}
		close(results)
	}()
	n := 0
	for range results {
		n++
		if n == 5 {
			close(ch)
		}
	}
	fmt.Println(n)
}
`;

const rw = `package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	m := map[int]int{}
	for i := 0; i < 3; i++ {
		wg.Add(2)
		go func(i int) { defer wg.Done(); rw.RLock(); _ = m[i]; rw.RUnlock() }(i)
		go func(i int) { defer wg.Done(); rw.Lock(); m[i] = i; rw.Unlock() }(i)
	}
	wg.Wait()
	fmt.Println(len(m))
}
`;

const selecting = `package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			select {
			case a <- i:
			case b <- -i:
			}
		}
		quit <- true
	}()
	for {
		select {
		case v := <-a:
			fmt.Println("a", v)
		case v := <-b:
			fmt.Println("b", v)
		case <-quit:
			return
		}
	}
}
`;

const syncMap = `package main

import (
	"fmt"
	"sync"
)

func main() {
	var cache sync.Map
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 4; i++ {
				cache.LoadOrStore(i, w)
				cache.Load(i + 1)
			}
			cache.Delete(w)
		}(w)
	}
	wg.Wait()
	n := 0
	cache.Range(func(k, v any) bool { n++; return true })
	fmt.Println(n)
}
`;

describe('sync slice over real traces', () => {
  for (const [name, source] of Object.entries({ contended, starving, channels, rw, selecting, syncMap })) {
    it(`${name}: before-values match, reverting reaches the start (seeds 1-4, 1/2/4 Ps)`, () => {
      for (const procs of [1, 2, 4]) for (let seed = 1; seed <= 4; seed++) foldBothWays(source, seed, procs);
    });
  }

  it('names locks after the receiver expression and channels after their variable', () => {
    const names = (src: string) => {
      const { states } = foldBothWays(src, 1, 2);
      const last = states[states.length - 1];
      return [...last.locks.values()].map((l) => `${l.type}:${l.name}`).concat([...last.chans.values()].map((c) => `chan ${c.elem}:${c.name}`));
    };
    expect(names(contended)).toEqual(['WaitGroup:wg', 'Mutex:db.mu']);
    expect(names(channels)).toEqual(['chan int:ch', 'chan string:results']);
    expect(names(rw).sort()).toEqual(['RWMutex:rw', 'WaitGroup:wg']);
  });

  it('shows a held mutex with its waiters queued in arrival order', () => {
    let best: { owner: number; waiters: number[] } | null = null;
    for (let seed = 1; seed <= 6 && best === null; seed++) {
      const { states } = foldBothWays(contended, seed, 4);
      for (const s of states) {
        const mu = [...s.locks.values()].find((l) => l.name === 'db.mu');
        if (mu && mu.owner !== 0 && mu.waiters.length >= 2) {
          best = { owner: mu.owner, waiters: mu.waiters.map((w) => w.g) };
          break;
        }
      }
    }
    expect(best).not.toBeNull();
    expect(best!.waiters).not.toContain(best!.owner);
    expect(new Set(best!.waiters).size).toBe(best!.waiters.length);
  });

  it('a waiter that waited over 1 ms switches the mutex to starvation mode and gets it by hand-off', () => {
    const { events, states } = foldBothWays(starving, 1, 1);
    const on = events.findIndex((e) => e.kind === 'lock.starvation.changed' && e.starving);
    expect(on).toBeGreaterThan(0);
    // Starvation mode was set by main (g1), which had lost the race once and queued again at the head.
    expect(events[on].g).toBe(1);
    const handoff = events.findIndex((e, i) => i > on && e.kind === 'lock.acquired' && e.handoff);
    expect(handoff).toBeGreaterThan(on);
    expect(events[handoff].g).toBe(1);
    const off = events.findIndex((e, i) => i > on && e.kind === 'lock.starvation.changed' && !e.starving);
    expect(off).toBeGreaterThan(handoff - 1);
    expect([...states[on].locks.values()][0].starving).toBe(true);
    // Main had been woken in normal mode and lost to the barging holder: it sets starvation mode
    // and queues again at the head.
    const requeued = events[on + 1];
    expect(requeued.kind === 'lock.waiter.queued' && requeued.g === 1 && requeued.wasWoken && requeued.position === 0).toBe(true);
    expect(events.findIndex((e) => e.kind === 'lock.waiter.dequeued' && !e.handoff && e.g === 1)).toBeLessThan(on);
  });

  it('shows buffered values in their ring slots with sendx and recvx', () => {
    let full = -1;
    let events: TraceEvent[] = [];
    let states: SyncState[] = [];
    for (let seed = 1; seed <= 10 && full < 0; seed++) {
      ({ events, states } = foldBothWays(channels, seed, 2));
      full = states.findIndex((st) => [...st.chans.values()].some((c) => c.name === 'ch' && c.count === 3));
    }
    expect(full).toBeGreaterThan(0);
    const ch = [...states[full].chans.values()].find((c) => c.name === 'ch')!;
    expect(ch.sendx).toBe(ch.recvx); // a full ring
    const sentValues = events.slice(0, full + 1).filter((e) => e.kind === 'chan.sent' && e.obj === ch.obj).map((e) => (e as { value: unknown }).value);
    const receivedValues = events.slice(0, full + 1).filter((e) => e.kind === 'chan.received' && e.obj === ch.obj).map((e) => (e as { value: unknown }).value);
    expect(bufferedValues(ch).map((b) => b.value)).toEqual(sentValues.slice(receivedValues.length));
    // Five senders and a buffer of three: some sender must have queued while the buffer was full.
    expect(events.some((e) => e.kind === 'chan.waiter.queued' && e.obj === ch.obj && e.send)).toBe(true);
  });

  it('a select that fires leaves the other channels queues at once', () => {
    const { events } = foldBothWays(selecting, 3, 1);
    const queued = events.filter((e) => e.kind === 'chan.waiter.queued' && e.select).length;
    const dequeued = events.filter((e) => e.kind === 'chan.waiter.dequeued' && e.select).length;
    expect(queued).toBeGreaterThan(0);
    expect(dequeued).toBe(queued);
  });

  it('a sync.Map promotes its dirty map after as many misses as dirty has entries', () => {
    const { events, states } = foldBothWays(syncMap, 1, 1);
    const promoted = events.findIndex((e) => e.kind === 'syncmap.changed' && e.promoted);
    expect(promoted).toBeGreaterThan(0);
    const e = events[promoted] as Extract<TraceEvent, { kind: 'syncmap.changed' }>;
    expect(e.missesBefore + 1).toBe(e.dirtyBefore);
    expect([e.readAfter, e.dirtyAfter, e.amendedAfter, e.missesAfter]).toEqual([e.dirtyBefore, -1, false, 0]);
    const m = [...states[promoted].syncMaps.values()][0];
    expect(m.name).toBe('cache');
    expect(m.dirty).toBe(-1);
  });

  it('Range promotes an amended sync.Map first, and the trace says so', () => {
    const src = `package main

import "sync"

func main() {
	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	m.Range(func(k, v any) bool { return true })
	m.Store("c", 3)
}
`;
    const { events } = foldBothWays(src, 1, 1);
    const changes = events.filter((e) => e.kind === 'syncmap.changed') as Array<Extract<TraceEvent, { kind: 'syncmap.changed' }>>;
    expect(changes.map((e) => `${e.op} ${e.readAfter}/${e.dirtyAfter}${e.promoted ? ' promoted' : ''}`)).toEqual(['Store 0/1', 'Store 0/2', 'Range 2/-1 promoted', 'Store 2/3']);
  });
});
