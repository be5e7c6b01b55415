package main

import (
	"fmt"
	"sync"
)

// Two goroutines write the same map with no lock. With two or more threads the runtime
// usually catches one write starting while the other is in progress.
func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 5_000; i++ {
				m[i%1000] = i
			}
		}()
	}
	wg.Wait()
	fmt.Println("no crash this time; len =", len(m))
}
