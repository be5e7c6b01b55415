package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// A buffered channel as a counting semaphore: at most three goroutines work at once.
func main() {
	sem := make(chan struct{}, 3)
	var active, peak int32
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			n := atomic.AddInt32(&active, 1)
			for {
				p := atomic.LoadInt32(&peak)
				if n <= p || atomic.CompareAndSwapInt32(&peak, p, n) {
					break
				}
			}
			time.Sleep(time.Millisecond)
			atomic.AddInt32(&active, -1)
		}()
	}
	wg.Wait()
	fmt.Println("peak <= 3:", atomic.LoadInt32(&peak) <= 3)
}
