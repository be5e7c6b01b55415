// The Go program the player benches step through: four goroutines inserting into a map under a
// mutex, sized so its trace has about a million events (goroutine switches, blocks, lines, map phases).

/** The program for a trace of roughly `events` events (about 15 events per insert). */
export function playerBenchProgram(events = 1_000_000): string {
  const perWorker = Math.max(1, Math.round(events / 4 / 15));
  return `package main

import (
	"fmt"
	"sync"
)

func main() {
	m := make(map[int]int)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < ${perWorker}; i++ {
				mu.Lock()
				m[w*${perWorker}+i] = i
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	fmt.Println(len(m))
}
`;
}
