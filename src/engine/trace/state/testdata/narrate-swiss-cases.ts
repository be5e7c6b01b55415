// Test support: real traces of Go 1.26 runs (Swiss-table maps) for the narration, jump, timeline and
// stepping tests: the app's crash sample, the lessons' programs, a split, and a program that
// exercises every other swiss.* kind (tombstones, clear, clone, range, a hint, a rewritten key).
// The crash sample is passed in (testdata/crash-sample.ts reads it without importing UI code).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSource } from '../../../run-source.ts';
import { TraceReader } from '../../reader.ts';

export interface SwissTrace {
  name: string;
  reader: TraceReader;
}

/** Deletes leave tombstones in full groups; later grows and splits drop them. */
export const tombstoneProgram = `package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 3000; i++ {
		m[i] = i
		if i%3 == 0 {
			delete(m, i/2)
		}
	}
	fmt.Println(len(m))
}
`;

/** A sliding window of 40 keys: Go 1.25+ prunes the tombstones its deletes leave instead of growing. */
export const pruneProgram = `package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 2000; i++ {
		m[i] = i
		if i >= 40 {
			delete(m, i-40)
		}
	}
	fmt.Println(len(m))
}
`;

/** A tour of the remaining kinds: reads, a range, clone, clear, a sized map, a struct key rewritten. */
export const tourProgram = `package main

import (
	"fmt"
	"maps"
)

type pt struct{ x, y int }

func main() {
	m := make(map[int]int)
	for i := 0; i < 20; i++ {
		m[i] = i
	}
	for i := 0; i < 20; i += 2 {
		delete(m, i)
	}
	_ = m[3]
	_ = m[4]
	s := 0
	for k, v := range m {
		s += k + v
	}
	small := map[string]int{"a": 1, "b": 2}
	for k := range small {
		s += len(k)
	}
	c := maps.Clone(m)
	clear(m)
	big := make(map[int]int, 100)
	big[1] = 1
	delete(big, 1)
	p := map[pt]int{}
	p[pt{1, 2}] = 1
	p[pt{1, 2}] = 2
	fmt.Println(s, len(c), len(m), len(p))
}
`;

/** 900 distinct keys: the 1024-slot table splits and the directory doubles. */
export const splitProgram = `package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 900; i++ {
		m[i] = i
	}
	fmt.Println(len(m))
}
`;

/**
 * Two writers on a small map one entry short of full: with seed 370 and GOMAXPROCS 2 both see 7
 * entries, one takes the last slot, and the other hits Go 1.24's Swiss-only fatal error.
 */
export const smallRaceProgram = `package main

import "sync"

func main() {
	m := map[int]int{1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7}
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				m[100+w] = i
				delete(m, 100+w)
			}
		}(w)
	}
	wg.Wait()
}
`;

export function smallRaceTrace(): SwissTrace {
  return traced('small-map race', smallRaceProgram, 370, 2);
}

const lessons = fileURLToPath(new URL('../../../../../lessons/', import.meta.url));

/** The lessons' Go programs that use a map (the others have no map story to tell). */
function lessonPrograms(): Array<{ name: string; source: string }> {
  const out: Array<{ name: string; source: string }> = [];
  for (const dir of readdirSync(lessons, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(join(lessons, dir.name)).filter((x) => x.endsWith('.go')).sort()) {
      const source = readFileSync(join(lessons, dir.name, f), 'utf8');
      if (/\bmap\[/.test(source)) out.push({ name: `${dir.name}/${f}`, source });
    }
  }
  return out;
}

function traced(name: string, source: string, seed: number, procs: number): SwissTrace {
  const r = runSource(source, { goVersion: '1.26', trace: true, seed, procs });
  return { name, reader: new TraceReader(r.trace!) };
}

/** The crash sample at several seeds (each crashes in Go 1.26 with GOMAXPROCS 4). */
export function sampleTraces(sample: string, seeds: readonly number[] = [1, 2, 3, 4, 5]): SwissTrace[] {
  return seeds.map((seed) => traced(`sample seed ${seed}`, sample, seed, 4));
}

/** Every Go 1.26 trace the tests read; `sample` is the app's crash sample. */
export function swissTraces(sample: string): SwissTrace[] {
  return [
    ...sampleTraces(sample),
    traced('tombstones', tombstoneProgram, 1, 1),
    traced('pruned tombstones', pruneProgram, 1, 1),
    traced('tour', tourProgram, 1, 1),
    traced('split', splitProgram, 1, 1),
    smallRaceTrace(),
    ...lessonPrograms().map((p) => traced(p.name, p.source, 1, 2)),
  ];
}
