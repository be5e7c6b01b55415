package main

import (
	"fmt"
	"sync"
)

// The map check is a fatal error, not a panic: the deferred recover never runs.
func main() {
	m := map[string]int{}
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("recovered:", r)
				}
			}()
			for i := 0; i < 1_000_000; i++ {
				m[fmt.Sprint(i%100)]++
			}
		}()
	}
	wg.Wait()
	fmt.Println("no crash this time")
}
