package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{}
	for i := 0; i < 6; i++ {
		m[i] = i
	}
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m[w*10] = w
		}()
	}
	wg.Wait()
	fmt.Println(len(m))
}
