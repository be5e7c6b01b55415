// The Locks view's rows and sentences over states folded from real traces.
import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../../../worker/engine-api.ts';
import { TraceReader } from '../../../engine/trace/reader.ts';
import { syncSlice, type SyncState } from '../../../engine/trace/state/sync.ts';
import { lockRows, syncMapRows } from './lock-model.ts';

const api = createEngineApi();

/** Every state of the run's sync slice, one per event. */
function states(source: string, seed: number, procs: number): SyncState[] {
  const r = api.run(source, { seed, procs, policy: 'random', maxSteps: 1e9, trace: true }, 1);
  const s = syncSlice.init();
  const out: SyncState[] = [];
  for (const e of new TraceReader(r.trace!).range()) {
    syncSlice.apply(s, e);
    out.push(syncSlice.clone(s));
  }
  return out;
}

const held = `package main

import (
	"sync"
	"time"
)

type Store struct{ mu sync.Mutex }

func main() {
	s := &Store{}
	s.mu.Lock()
	for i := 0; i < 3; i++ {
		go func() { s.mu.Lock(); s.mu.Unlock() }()
		time.Sleep(time.Microsecond)
	}
	time.Sleep(time.Microsecond)
	s.mu.Unlock()
	time.Sleep(time.Millisecond)
}
`;

describe('lock rows', () => {
  it('name the lock, its holder and its waiters in arrival order', () => {
    const all = states(held, 1, 1);
    const rows = all.map((s) => lockRows(s).find((r) => r.name === 's.mu')).filter((r) => r !== undefined);
    const full = rows.find((r) => r.waiters.length === 3)!;
    expect(full.stateText).toBe('locked by g1');
    expect(full.waiters.map((w) => w.g)).toEqual([2, 3, 4]);
    expect(full.summary).toBe('s.mu (sync.Mutex): locked by g1; 3 waiting, in order: g2, g3, g4.');
    expect(rows[rows.length - 1].stateText).toBe('unlocked');
    expect(rows[rows.length - 1].summary).toContain('no goroutine waiting');
  });

  it('show read holders and mark RWMutex waiters as readers or writers', () => {
    const src = `package main

import (
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	go func() { rw.Lock(); rw.Unlock() }()
	time.Sleep(time.Microsecond)
	go func() { rw.RLock(); rw.RUnlock() }()
	time.Sleep(time.Microsecond)
	rw.RUnlock()
	time.Sleep(time.Millisecond)
}
`;
    const rows = states(src, 1, 1).map((s) => lockRows(s)[0]).filter((r) => r !== undefined);
    const both = rows.find((r) => r.waiters.length === 2)!;
    expect(both.stateText).toBe('read by g1');
    expect(both.waiters).toEqual([{ g: 2, role: 'writer' }, { g: 3, role: 'reader' }]);
    expect(both.summary).toContain('2 waiting, in order: g2 (writer), g3 (reader)');
  });
});

describe('copied locks', () => {
  it('start in the state they were copied in', () => {
    const src = `package main

import "sync"

type Guard struct{ mu sync.Mutex }

func main() {
	var g Guard
	g.mu.Lock()
	c := g
	c.mu.Unlock()
}
`;
    const rows = states(src, 1, 1).map((s) => lockRows(s).find((r) => r.name === 'c.mu')).filter((r) => r !== undefined);
    expect(rows[0].stateText).toBe('locked by a holder copied with the struct');
    expect(rows.at(-1)!.stateText).toBe('unlocked');
  });
});

describe('sync.Map rows', () => {
  it('show the read and dirty counts and the misses left before promotion', () => {
    const src = `package main

import "sync"

func main() {
	var cache sync.Map
	cache.Store("a", 1)
	cache.Store("b", 2)
	cache.Load("a")
	cache.Load("b")
}
`;
    const rows = states(src, 1, 1).map((s) => syncMapRows(s)[0]).filter((r) => r !== undefined);
    // One state per event: keep each change once.
    const changes = rows.map((r) => r.summary).filter((t, i, all) => i === 0 || all[i - 1] !== t);
    expect(changes).toEqual([
      'cache (sync.Map): read map 0 entries; dirty map 1 entry; amended: some keys are only in the dirty map; 0 of 1 misses before dirty is promoted to read.',
      'cache (sync.Map): read map 0 entries; dirty map 2 entries; amended: some keys are only in the dirty map; 0 of 2 misses before dirty is promoted to read.',
      'cache (sync.Map): read map 0 entries; dirty map 2 entries; amended: some keys are only in the dirty map; 1 of 2 misses before dirty is promoted to read.',
      'cache (sync.Map): read map 2 entries; dirty map nil.',
    ]);
  });
});
