// The word counter again, with a sync.Mutex around every map access.
// Only one goroutine at a time may hold the lock, so the map is never
// written by two goroutines at once and the program always finishes.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu     sync.Mutex
	counts map[string]int
}

func (c *Counter) Add(word string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counts[word]++
}

func (c *Counter) Get(word string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.counts[word]
}

func main() {
	words := []string{"go", "map", "lock", "go", "chan", "map", "go"}
	c := &Counter{counts: make(map[string]int)}

	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(worker int) {
			defer wg.Done()
			for i := 0; i < 5000; i++ {
				c.Add(words[(i+worker)%len(words)])
			}
		}(w)
	}
	wg.Wait()

	for _, w := range []string{"go", "map", "lock", "chan"} {
		fmt.Printf("%-5s %d\n", w, c.Get(w))
	}
}
