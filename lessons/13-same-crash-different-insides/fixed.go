package main

import (
	"fmt"
	"sync"
)

func main() {
	ids := map[int]bool{}
	var mu sync.Mutex
	for i := 0; i < 40; i++ {
		ids[i] = true
	}
	var wg sync.WaitGroup
	for w := 1; w <= 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 40; i++ {
				mu.Lock()
				ids[w*100+i] = true
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(ids), "ids")
}
