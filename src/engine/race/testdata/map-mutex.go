// Writers and readers of a map, all under one Mutex.
// races: none
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	m := map[int]int{}
	for i := 0; i < 10; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			mu.Lock()
			m[i] = i
			mu.Unlock()
		}()
		go func() {
			defer wg.Done()
			mu.Lock()
			_ = m[i]
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(len(m))
}
