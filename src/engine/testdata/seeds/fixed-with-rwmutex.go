package main

import (
	"fmt"
	"sync"
)

// Readers share an RLock; the writer takes the exclusive Lock.
func main() {
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		m[i] = 0
	}
	var rw sync.RWMutex
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 500; i++ {
			rw.Lock()
			m[i%1000]++
			rw.Unlock()
		}
	}()
	sums := make([]int, 3)
	for r := 0; r < 3; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				rw.RLock()
				sums[r] += len(m)
				rw.RUnlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(m), m[0], m[999], sums)
}
