package main

import (
	"fmt"
	"sync"
)

// 100 goroutines each write their own keys, but into one shared map: distinct keys do not help.
func main() {
	m := make(map[int]int)
	var wg sync.WaitGroup
	for g := 0; g < 100; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10_000; i++ {
				m[g*10_000+i] = i
			}
		}()
	}
	wg.Wait()
	fmt.Println("no crash this time; len =", len(m))
}
