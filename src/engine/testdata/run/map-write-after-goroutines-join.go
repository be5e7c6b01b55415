package main

import (
	"fmt"
	"sync"
)

// Each goroutine fills its own map; main merges after Wait, so no map is shared while written.
func main() {
	parts := make([]map[string]int, 3)
	var wg sync.WaitGroup
	for i := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			local := map[string]int{}
			for j := 0; j <= i; j++ {
				local[fmt.Sprint("k", j)] += 1
			}
			parts[i] = local
		}()
	}
	wg.Wait()
	merged := map[string]int{}
	for _, p := range parts {
		for k, v := range p {
			merged[k] += v
		}
	}
	fmt.Println(merged)
}
