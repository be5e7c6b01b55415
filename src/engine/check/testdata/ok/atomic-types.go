package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// The atomic types carry their methods with them and cannot be used non-atomically by mistake.
type Stats struct {
	requests atomic.Int64
	errors   atomic.Int32
	closed   atomic.Bool
	config   atomic.Value
	version  atomic.Uint32
	bytes    atomic.Uint64
}

func main() {
	var s Stats
	s.config.Store("v1")
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.requests.Add(1)
			s.bytes.Add(uint64(i * 100))
			if i == 3 {
				s.errors.Add(1)
			}
		}()
	}
	wg.Wait()
	s.closed.Store(true)
	s.version.CompareAndSwap(0, 2)
	fmt.Println(s.requests.Load(), s.errors.Load(), s.closed.Load(), s.config.Load().(string), s.version.Load(), s.bytes.Load())
	prev := s.requests.Swap(0)
	fmt.Println("reset from", prev)
}
