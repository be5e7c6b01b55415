// Race detection's cost for `npm run bench`: the same programs run with and without -race in the
// lab, best of three each, and the slowdown. The goal (issue 7) is at most 3×; Go's own detector
// costs 2–20× (go-facts.md §9.1).
import { runSource } from '../../src/engine/run-source.ts';

export const raceBenchPrograms: Record<string, string> = {
  // Locks and channels: every iteration synchronises.
  'mutex-counter-8x20k': `package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	n := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20000; i++ {
				mu.Lock()
				n++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(n)
}
`,
  // Memory: slice elements, struct fields and captured variables, read and written by workers.
  'slice-struct-workers': `package main

import (
	"fmt"
	"sync"
)

type acc struct{ sum, count int }

func main() {
	data := make([]int, 50000)
	for i := range data {
		data[i] = i % 13
	}
	results := make([]acc, 4)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := &results[w]
			for round := 0; round < 4; round++ {
				for i := w; i < len(data); i += 4 {
					r.sum += data[i]
					r.count++
				}
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, r := range results {
		total += r.sum
	}
	fmt.Println(total)
}
`,
  // Maps behind a Mutex, and a channel pipeline.
  'map-mutex-and-channel': `package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	m := map[int]int{}
	ch := make(chan int, 16)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range ch {
				mu.Lock()
				m[k%1000] += k
				mu.Unlock()
			}
		}()
	}
	for i := 0; i < 40000; i++ {
		ch <- i
	}
	close(ch)
	wg.Wait()
	fmt.Println(len(m))
}
`,
};

function best(runs: number, fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

/** One line per program: time without and with -race, and the ratio. */
export function benchRace(): string[] {
  const out: string[] = [];
  for (const [name, text] of Object.entries(raceBenchPrograms)) {
    const plain = runSource(text, { seed: 1 });
    const raced = runSource(text, { seed: 1, race: true });
    if (plain.exitCode !== 0 || raced.exitCode !== 0) {
      out.push(`race ${name}: did not run cleanly (exit ${plain.exitCode} / ${raced.exitCode}): ${raced.stderr.split('\n')[0]}`);
      continue;
    }
    const a = best(3, () => runSource(text, { seed: 1 }));
    const b = best(3, () => runSource(text, { seed: 1, race: true }));
    out.push(`race ${name}: ${a.toFixed(0)} ms → ${b.toFixed(0)} ms with -race (${(b / a).toFixed(2)}×, ${(plain.steps / 1e6).toFixed(1)} M instructions)`);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) for (const line of benchRace()) console.log(line);
