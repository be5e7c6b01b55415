package main

import (
	"fmt"
	"sync"
)

// Many readers, few writers: RLock lets readers share the lock.
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
	cache := &Cache{items: map[string]string{}}
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cache.Set(fmt.Sprint("k", i), fmt.Sprint("v", i))
		}()
	}
	wg.Wait()
	for i := range 5 {
		if v, ok := cache.Get(fmt.Sprint("k", i)); ok {
			fmt.Println("hit", v)
		} else {
			fmt.Println("miss", i)
		}
	}
}
