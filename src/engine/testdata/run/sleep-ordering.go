package main

import (
	"fmt"
	"sync"
	"time"
)

// Goroutines that sleep for different durations wake in duration order.
func main() {
	var wg sync.WaitGroup
	for _, d := range []int{300, 100, 200} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(d) * time.Millisecond)
			fmt.Println("woke after", d, "ms")
		}()
	}
	wg.Wait()
}
