package main

import (
	"fmt"
	"sync"
)

// sync.Map is safe for concurrent use without extra locking.
func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				m.Store(i%1000, i%1000)
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 500; i++ {
			m.Load(i % 1000)
		}
	}()
	wg.Wait()
	n, sum := 0, 0
	m.Range(func(k, v any) bool {
		n++
		sum += v.(int)
		return true
	})
	fmt.Println(n, sum)
}
