package main

import "sync"

// One writer under Lock, one reader under RLock: readers and writers never overlap.
func main() {
	m := map[int]int{}
	var mu sync.RWMutex
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			mu.Lock()
			m[i] = i
			mu.Unlock()
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			mu.RLock()
			_ = m[i]
			mu.RUnlock()
		}
	}()
	wg.Wait()
	println(len(m))
}
