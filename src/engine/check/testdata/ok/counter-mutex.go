package main

import (
	"fmt"
	"sync"
)

// A counter shared by goroutines: every access goes through the mutex.
type Counter struct {
	mu sync.Mutex
	m  map[string]int
}

func NewCounter() *Counter {
	return &Counter{m: make(map[string]int)}
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func (c *Counter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

func main() {
	c := NewCounter()
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			c.Inc(fmt.Sprintf("worker-%d", id%3))
		}(i)
	}
	wg.Wait()
	fmt.Println(c.Value("worker-0"), c.Value("worker-1"), c.Value("worker-2"))
}
