package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu sync.RWMutex
	m  map[string]int
}

func (c *Cache) Get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *Cache) Set(k string, v int) {
	c.mu.Lock()
	c.m[k] = v
	c.mu.Unlock()
}

func main() {
	c := &Cache{m: map[string]int{}}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				c.Set(fmt.Sprint("k", i%20), i)
			}
		}()
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				c.Get(fmt.Sprint("k", i%20))
			}
		}()
	}
	wg.Wait()
	v, ok := c.Get("k19")
	fmt.Println(len(c.m), v, ok)
}
