package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Two implementations of one interface: a mutex-guarded counter and an atomic one.
type Counter interface {
	Inc()
	Value() int64
}

type MutexCounter struct {
	mu sync.Mutex
	n  int64
}

func (c *MutexCounter) Inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func (c *MutexCounter) Value() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

type AtomicCounter struct {
	n atomic.Int64
}

func (c *AtomicCounter) Inc()         { c.n.Add(1) }
func (c *AtomicCounter) Value() int64 { return c.n.Load() }

var _ Counter = (*MutexCounter)(nil)
var _ Counter = (*AtomicCounter)(nil)

func hammer(c Counter, goroutines int) int64 {
	var wg sync.WaitGroup
	for range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				c.Inc()
			}
		}()
	}
	wg.Wait()
	return c.Value()
}

func main() {
	for _, c := range []Counter{&MutexCounter{}, &AtomicCounter{}} {
		fmt.Printf("%T: %d\n", c, hammer(c, 4))
	}
}
