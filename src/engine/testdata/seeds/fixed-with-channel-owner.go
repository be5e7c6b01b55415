package main

import (
	"fmt"
	"sync"
)

// One goroutine owns the map; writers send it their updates.
func main() {
	updates := make(chan int, 64)
	result := make(chan map[int]int)
	go func() {
		m := map[int]int{}
		for k := range updates {
			m[k]++
		}
		result <- m
	}()
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				updates <- i % 1000
			}
		}()
	}
	wg.Wait()
	close(updates)
	m := <-result
	fmt.Println(len(m), m[0], m[999])
}
