package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// A buffered channel used as a semaphore caps concurrency at 2.
func main() {
	sem := make(chan struct{}, 2)
	var active, peak atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			n := active.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			active.Add(-1)
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("peak <= 2:", peak.Load() <= 2, "active:", active.Load())
}
