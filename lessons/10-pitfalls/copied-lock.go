package main

import (
	"fmt"
	"sync"
)

type Stats struct {
	mu     sync.Mutex
	counts map[string]int
}

// Add has a value receiver: each call locks its own copy of mu, so nothing is excluded.
func (s Stats) Add(key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.counts[key]++
}

func main() {
	s := Stats{counts: map[string]int{}}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				s.Add("hit")
			}
		}()
	}
	wg.Wait()
	fmt.Println(s.counts["hit"])
}
