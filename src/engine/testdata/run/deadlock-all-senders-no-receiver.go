package main

import (
	"fmt"
	"sync"
)

// Three producers block on a full channel after main stopped receiving early.
func main() {
	results := make(chan int)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- i * 10
		}()
	}
	first := <-results
	fmt.Println("got one result:", first >= 10)
	wg.Wait()
}
