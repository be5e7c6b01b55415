package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var plain int64
	var typed atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				atomic.AddInt64(&plain, 1)
				typed.Add(2)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&plain), typed.Load())
}
