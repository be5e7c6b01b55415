package main

import (
	"fmt"
	"sync"
)

// Each goroutine sees its own iteration's i (Go 1.22+); results are stored by index, so order is fixed.
func main() {
	results := make([]int, 5)
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)
}
