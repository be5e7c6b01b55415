// Holding only a read lock while writing: readers do not order each other.
// race: read 20 write 20
// race may: write 20 write 20
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	var wg sync.WaitGroup
	n := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.RLock()
			n = n + 1
			mu.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println(n)
}
