package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Atomic operations update a single word without a lock.
func main() {
	var hits int64
	var misses int32
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%5 == 0 {
				atomic.AddInt32(&misses, 1)
				return
			}
			atomic.AddInt64(&hits, 1)
		}(i)
	}
	wg.Wait()
	fmt.Println("hits:", atomic.LoadInt64(&hits), "misses:", atomic.LoadInt32(&misses))

	var state uint32
	if atomic.CompareAndSwapUint32(&state, 0, 1) {
		fmt.Println("initialised once")
	}
	old := atomic.SwapUint64(new(uint64), 7)
	atomic.StoreInt64(&hits, 0)
	fmt.Println(old, atomic.LoadUint32(&state), hits)
}
