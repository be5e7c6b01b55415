package main

import (
	"fmt"
	"sync"
)

// Concurrent reads of a map that nobody writes are safe.
func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	var wg sync.WaitGroup
	sums := make([]int, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				sums[g] += m[i]
			}
		}()
	}
	wg.Wait()
	fmt.Println(sums)
}
