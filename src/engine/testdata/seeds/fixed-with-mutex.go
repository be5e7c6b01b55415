package main

import (
	"fmt"
	"sync"
)

// The two-writer program with every write under one Mutex.
func main() {
	m := map[int]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				mu.Lock()
				m[i%1000]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(m), m[0], m[999])
}
