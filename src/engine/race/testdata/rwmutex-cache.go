// Readers under RLock and a writer under Lock: RUnlock→Lock and Unlock→RLock order them.
// races: none
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	var wg sync.WaitGroup
	cache := map[string]int{}
	for i := 0; i < 5; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			mu.RLock()
			_ = cache["k"]
			mu.RUnlock()
		}()
		go func() {
			defer wg.Done()
			mu.Lock()
			cache["k"] = i
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(len(cache))
}
