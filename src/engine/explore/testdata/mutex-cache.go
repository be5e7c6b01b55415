package main

import (
	"fmt"
	"sync"
)

// A cache guarded by one Mutex, used by two goroutines: five gets and puts each.
type Cache struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *Cache) Get(k string) (int, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *Cache) Put(k string, v int) {
	c.mu.Lock()
	c.m[k] = v
	c.mu.Unlock()
}

func main() {
	c := &Cache{m: map[string]int{}}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		c.Put("a", 1)
		c.Get("b")
		c.Put("c", 3)
		c.Get("a")
		c.Put("d", 5)
	}()
	go func() {
		defer wg.Done()
		c.Put("b", 2)
		c.Get("a")
		c.Put("a", 4)
		c.Get("c")
		c.Put("e", 6)
	}()
	wg.Wait()
	fmt.Println(len(c.m))
}
