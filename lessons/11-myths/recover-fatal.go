package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				// recover stops panics. A fatal error is not a panic: this never runs.
				if r := recover(); r != nil {
					fmt.Println("recovered:", r)
				}
			}()
			for i := 0; i < 1000; i++ {
				m[i] = i
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(m))
}
