package main

import (
	"fmt"
	"sync"
)

// Add(3) but only two goroutines call Done.
func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 0; i < 2; i++ {
		go func() {
			defer wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("never printed")
}
