package main

import (
	"fmt"
	"sync"
)

// Counter counts events by name. The mutex guards counts: hold it for every access.
type Counter struct {
	mu     sync.Mutex
	counts map[string]int
}

func NewCounter() *Counter {
	return &Counter{counts: map[string]int{}}
}

func (c *Counter) Add(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counts[name]++
}

func (c *Counter) Get(name string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.counts[name]
}

func main() {
	c := NewCounter()
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				c.Add("click")
				c.Add("view")
			}
		}()
	}
	wg.Wait()
	fmt.Println("clicks:", c.Get("click"), "views:", c.Get("view"))
}
