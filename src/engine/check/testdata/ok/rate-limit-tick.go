package main

import (
	"fmt"
	"time"
)

// time.Tick paces a loop: each request waits for the next tick.
func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)

	limiter := time.Tick(5 * time.Millisecond)
	start := time.Now()
	for req := range requests {
		<-limiter
		fmt.Println("request", req)
	}
	elapsed := time.Since(start)
	fmt.Println("paced:", elapsed >= 20*time.Millisecond)
}
