// Narration over real traces: for chosen cursor positions, the sentence a learner reads.
import { describe, expect, it } from 'vitest';
import { runSource } from '../../run-source.ts';
import type { EventOf, TraceEvent } from '../events.ts';
import { TraceReader } from '../reader.ts';
import { loadCase, loadCases } from '../testdata/cases.ts';
import { narrateAt, type NarrationTopic } from './narrate.ts';

function traced(source: string, seed: number, procs: number): TraceReader {
  const r = runSource(source, { seed, procs, trace: true });
  return new TraceReader(r.trace!);
}

function caseReader(file: string): TraceReader {
  const c = loadCase(file);
  return traced(c.source, c.seed, c.procs);
}

/** The position just after the n-th event (0-based) that `pick` accepts. */
function after(reader: TraceReader, pick: (e: TraceEvent) => boolean, n = 0): number {
  for (const e of reader.range()) if (pick(e) && n-- === 0) return e.index + 1;
  throw new Error('no such event');
}

const rwProgram = `package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	var wg sync.WaitGroup
	m := map[string]int{"a": 1}
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			m["a"]++
			mu.Unlock()
			mu.RLock()
			_ = m["a"]
			mu.RUnlock()
		}()
	}
	wg.Wait()
	for k, v := range m {
		fmt.Println(k, v)
	}
}
`;

const readWriteCrash = `package main

func main() {
	m := map[int]int{1: 1}
	go func() {
		for i := 0; ; i++ {
			m[i%4] = i
		}
	}()
	for {
		_ = m[1]
	}
}
`;

const nilMapPanic = `package main

func main() {
	var m map[string]int
	m["x"] = 1
}
`;

const deadlock = `package main

func main() {
	ch := make(chan int)
	ch <- 1
}
`;

interface Row {
  name: string;
  reader: () => TraceReader;
  position: (r: TraceReader) => number;
  text: string | RegExp;
  topic: NarrationTopic;
}

const rows: Row[] = [
  {
    name: 'before the first event',
    reader: () => caseReader('two-writers-crash.go'),
    position: () => 0,
    text: 'The program has not started yet: step forward to watch it run.',
    topic: 'start',
  },
  {
    name: 'the main goroutine appears',
    reader: () => caseReader('two-writers-crash.go'),
    position: (r) => after(r, (e) => e.kind === 'goroutine.created'),
    text: 'g1 is the main goroutine: it runs main.main.',
    topic: 'goroutine',
  },
  {
    name: 'a go statement starts a goroutine',
    reader: () => caseReader('two-writers-crash.go'),
    position: (r) => after(r, (e) => e.kind === 'goroutine.created' && e.g === 2),
    text: 'g1 started g2 with the go statement on line 12.',
    topic: 'goroutine',
  },
  {
    name: 'a write window opens (phase by phase)',
    reader: () => caseReader('two-writers-crash.go'),
    position: (r) => after(r, (e) => e.kind === 'map.write.began'),
    text: 'g2 set hashWriting on m1 and is writing key 0.',
    topic: 'map',
  },
  {
    name: 'the slot is written inside the window',
    reader: () => caseReader('two-writers-crash.go'),
    position: (r) => after(r, (e) => e.kind === 'map.slot.written'),
    text: 'g2 is writing key 0 into m1 at bucket 0, slot 0 (count 0 → 1).',
    topic: 'map',
  },
  {
    name: 'a whole statement: the write told as one sentence when the next line is announced',
    reader: () => caseReader('two-writers-crash.go'),
    position: (r) => after(r, (e) => e.kind === 'goroutine.line' && e.g === 2 && e.lineBefore === 15),
    text: 'g2 set hashWriting on m1, was writing key 0 at bucket 0, slot 0, and cleared hashWriting again.',
    topic: 'map',
  },
  {
    name: 'the second writer toggles the bit off',
    reader: () => caseReader('two-writers-crash.go'),
    position: (r) => after(r, (e) => e.kind === 'map.write.began' && (e.flagsBefore & 4) !== 0),
    text: 'g3 toggled hashWriting on m1 and so turned it off (g2 had already set it): both are now inside a write, which Go will notice.',
    topic: 'map',
  },
  {
    name: 'the crash, at the exit check',
    reader: () => caseReader('two-writers-crash.go'),
    position: (r) => after(r, (e) => e.kind === 'fatal.raised'),
    text: 'g3 finished writing m1 and found hashWriting cleared, because g2 wrote at the same time. Go stops the program here with fatal error: concurrent map writes.',
    topic: 'crash',
  },
  {
    name: 'the crash stays the story through the dump and the end of the run',
    reader: () => caseReader('two-writers-crash.go'),
    position: (r) => r.length,
    text: /^g3 finished writing m1 and found hashWriting cleared/,
    topic: 'crash',
  },
  {
    name: 'a goroutine parks on a mutex, and the lock events say who holds it',
    reader: () => caseReader('mutex-counter.go'),
    position: (r) => after(r, (e) => e.kind === 'goroutine.blocked' && e.reason === 'sync.Mutex.Lock'),
    text: /^g(\d) is blocked on sync\.Mutex\.Lock \(held by g(?!\1)\d\)\.$/,
    topic: 'wait',
  },
  {
    name: 'the unlocking goroutine wakes the waiter',
    reader: () => caseReader('mutex-counter.go'),
    position: (r) => after(r, (e) => e.kind === 'goroutine.unblocked' && e.reason === 'sync.Mutex.Lock'),
    text: /^g(\d) woke g(?!\1)\d, which was blocked on sync\.Mutex\.Lock: it can run again\.$/,
    topic: 'wait',
  },
  {
    name: 'main waits in WaitGroup.Wait',
    reader: () => caseReader('mutex-counter.go'),
    position: (r) => after(r, (e) => e.kind === 'goroutine.blocked' && e.reason === 'semacquire'),
    text: 'g1 is waiting on a semaphore (semacquire), as sync.WaitGroup.Wait does.',
    topic: 'wait',
  },
  {
    name: 'output',
    reader: () => caseReader('mutex-counter.go'),
    position: (r) => after(r, (e) => e.kind === 'output.written'),
    text: 'g1 printed "counter: 6".',
    topic: 'output',
  },
  {
    name: 'a clean exit',
    reader: () => caseReader('mutex-counter.go'),
    position: (r) => r.length,
    text: 'The program exited with status 0.',
    topic: 'end',
  },
  {
    name: 'a channel receive',
    reader: () => caseReader('chan-ping-pong.go'),
    position: (r) => after(r, (e) => e.kind === 'goroutine.blocked' && e.reason === 'chan receive'),
    text: /^g\d is waiting to receive from a channel \(chan receive\)\.$/,
    topic: 'wait',
  },
  {
    name: 'a map grows',
    reader: () => caseReader('map-growth.go'),
    position: (r) => after(r, (e) => e.kind === 'map.grew'),
    text: 'g1 started growing m1 from 1 to 2 buckets: old buckets are evacuated a few at a time by later writes.',
    topic: 'map',
  },
  {
    name: 'a bucket is evacuated and the grow finishes',
    reader: () => caseReader('map-growth.go'),
    position: (r) => after(r, (e) => e.kind === 'map.bucket.evacuated'),
    text: 'g1 evacuated old bucket 0 of m1: 8 entries moved to the new array. That was the last one: the grow is finished.',
    topic: 'map',
  },
  {
    name: 'a delete',
    reader: () => caseReader('map-growth.go'),
    position: (r) => after(r, (e) => e.kind === 'map.slot.deleted'),
    text: /^g1 deleted key 3 from m1 at bucket \d+, slot \d+ \(count 14 → 13\)\.$/,
    topic: 'map',
  },
  {
    name: 'a read that finds its key',
    reader: () => caseReader('map-growth.go'),
    position: (r) => after(r, (e) => e.kind === 'map.read'),
    text: /^g1 read key 13 from m1: found at bucket \d+, slot \d+\.$/,
    topic: 'map',
  },
  {
    name: 'an RWMutex writer waits',
    reader: () => traced(rwProgram, 3, 4),
    position: (r) => after(r, (e) => e.kind === 'goroutine.blocked' && e.reason.startsWith('sync.RWMutex')),
    text: /^g\d is blocked on sync\.RWMutex\.R?Lock \(it wants to (write|read)\)\.$/,
    topic: 'wait',
  },
  {
    name: 'a range over a map starts',
    reader: () => traced(rwProgram, 3, 4),
    position: (r) => after(r, (e) => e.kind === 'map.iter.started'),
    text: /^g1 started a range over m1 at a random place: bucket 0, offset \d\.$/,
    topic: 'map',
  },
  {
    name: 'a read that lands inside a write window',
    reader: () => traced(readWriteCrash, 1, 2),
    position: (r) => after(r, (e) => e.kind === 'fatal.raised'),
    text: /^g1 started a read and found hashWriting set \(g2 is writing m1\)\. Go stops the program here with fatal error: concurrent map read and map write\.$/,
    topic: 'crash',
  },
  {
    name: 'a panic nobody recovers',
    reader: () => traced(nilMapPanic, 1, 1),
    position: (r) => after(r, (e) => e.kind === 'panic.raised'),
    text: 'g1 panicked and nothing recovered: assignment to entry in nil map. Go stops the program and prints the panic.',
    topic: 'crash',
  },
  {
    name: 'a deadlock',
    reader: () => traced(deadlock, 1, 1),
    position: (r) => after(r, (e) => e.kind === 'fatal.raised'),
    text: 'No goroutine can run any more. Go stops the program here with fatal error: all goroutines are asleep - deadlock!.',
    topic: 'crash',
  },
];

describe('narrateAt', () => {
  for (const row of rows) {
    it(row.name, () => {
      const reader = row.reader();
      const n = narrateAt(reader, row.position(reader));
      if (typeof row.text === 'string') expect(n.text).toBe(row.text);
      else expect(n.text).toMatch(row.text);
      expect(n.topic).toBe(row.topic);
    });
  }

  it('names the lock holder when another slice knows it', () => {
    const reader = caseReader('mutex-counter.go');
    const at = after(reader, (e) => e.kind === 'goroutine.blocked' && e.reason === 'sync.Mutex.Lock');
    const blocked = reader.get(at - 1) as EventOf<'goroutine.blocked'>;
    const waiter = blocked.g;
    const holder = waiter === 2 ? 3 : 2;
    const n = narrateAt(reader, at, { lockHolder: (obj) => (obj === blocked.obj ? holder : 0) });
    expect(n.text).toBe(`g${waiter} is blocked on sync.Mutex.Lock (held by g${holder}).`);
  });

  it('tells something at every position of every golden trace, and changes as the cursor moves', () => {
    for (const c of loadCases()) {
      const reader = traced(c.source, c.seed, c.procs);
      const seen = new Set<string>();
      for (let p = 0; p <= reader.length; p++) {
        const n = narrateAt(reader, p);
        expect(n.text.length).toBeGreaterThan(10);
        expect(n.index).toBeLessThan(p);
        seen.add(n.text);
      }
      expect(seen.size).toBeGreaterThan(reader.length / 8);
    }
  });

  it('never throws on positions outside the trace', () => {
    const reader = caseReader('two-writers-crash.go');
    for (const p of [-1, Number.NaN, Infinity, -Infinity, 1.5, reader.length + 10]) {
      expect(() => narrateAt(reader, p)).not.toThrow();
    }
    expect(narrateAt(reader, reader.length + 10)).toEqual(narrateAt(reader, reader.length));
    expect(narrateAt(reader, -1).topic).toBe('start');
  });
});
