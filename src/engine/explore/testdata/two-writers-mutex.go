package main

import "sync"

// The same two writers, each write under one Mutex: no schedule can crash.
func main() {
	m := map[int]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				mu.Lock()
				m[i] = w
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	println(len(m))
}
