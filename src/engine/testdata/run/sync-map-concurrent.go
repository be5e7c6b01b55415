package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				m.Store(i, g*0+i*i)
			}
		}()
	}
	wg.Wait()
	n, sum := 0, 0
	m.Range(func(k, v any) bool {
		n++
		sum += v.(int)
		return true
	})
	fmt.Println(n, sum)
}
