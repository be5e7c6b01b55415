package main

import (
	"fmt"
	"sync"
)

// Counter counts events by name. Several goroutines call Add at once.
type Counter struct {
	counts map[string]int
}

func NewCounter() *Counter {
	return &Counter{counts: map[string]int{}}
}

func (c *Counter) Add(name string) {
	c.counts[name]++
}

func (c *Counter) Get(name string) int {
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
