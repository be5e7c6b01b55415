package main

import (
	"fmt"
	"sync"
)

func main() {
	// Each goroutine writes only its own keys: evens for one, odds for the other.
	// They still share the hmap header, its buckets and its growth.
	owned := map[int]int{}
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := w; k < 400; k += 2 {
				owned[k] = w
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(owned))
}
