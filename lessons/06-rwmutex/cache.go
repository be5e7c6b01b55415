package main

import (
	"fmt"
	"sync"
)

// Cache is read far more often than it is written: RLock lets readers share the lock.
type Cache struct {
	mu    sync.RWMutex
	items map[string]string
}

func (c *Cache) Get(key string) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.items[key]
	return v, ok
}

func (c *Cache) Set(key, value string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[key] = value
}

func main() {
	c := &Cache{items: map[string]string{"go": "gopher"}}
	var wg sync.WaitGroup
	found := make([]int, 4)
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				if _, ok := c.Get("go"); ok {
					found[r]++
				}
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 20; i++ {
			c.Set(fmt.Sprint("k", i), "v")
		}
	}()
	wg.Wait()
	fmt.Println(found, len(c.items))
}
