package main

import (
	"fmt"
	"sync"
)

// Classic lock-order inversion: each goroutine holds one lock and waits for the other.
func main() {
	var a, b sync.Mutex
	var wg sync.WaitGroup
	step := make(chan bool)
	wg.Add(2)
	go func() {
		defer wg.Done()
		a.Lock()
		step <- true
		b.Lock()
	}()
	go func() {
		defer wg.Done()
		b.Lock()
		<-step
		a.Lock()
	}()
	wg.Wait()
	fmt.Println("never printed")
}
