package main

import (
	"fmt"
	"sync"
)

// An unrecovered panic prints only the panicking goroutine, unlike a fatal error.
func main() {
	var mu sync.Mutex
	mu.Lock()
	ready := make(chan bool)
	for i := 0; i < 2; i++ {
		go func() {
			ready <- true
			mu.Lock()
		}()
		<-ready
	}
	fmt.Println("two goroutines waiting for the lock")
	var m map[string]int
	m["boom"]++
}
