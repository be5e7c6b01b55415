package main

import (
	"fmt"
	"sync"
)

func main() {
	// The same two bursts, each write under one mutex: no schedule can overlap them.
	m := map[int]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				mu.Lock()
				m[w*10+i] = i
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(m))
}
