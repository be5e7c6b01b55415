package main

import (
	"fmt"
	"sync"
	"time"
)

// A fatal error dumps every goroutine, so a sleeper appears with the `sleep` wait reason.
func main() {
	go func() {
		time.Sleep(time.Hour)
	}()
	time.Sleep(50 * time.Millisecond)
	var mu sync.Mutex
	fmt.Println("unlocking a mutex nobody locked")
	mu.Unlock()
}
