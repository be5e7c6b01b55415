package main

import (
	"fmt"
	"sync"
)

func main() {
	// Two short bursts of writes: whether they overlap depends on the schedule.
	m := map[int]int{}
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				m[w*10+i] = i
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(m))
}
