// A read-mostly cache: many readers share an RWMutex's read lock,
// and the rare writer takes the write lock, which waits for readers to leave.
package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu   sync.RWMutex
	data map[int]string
}

func (c *Cache) Get(k int) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Put(k int, v string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.data[k] = v
}

func main() {
	c := &Cache{data: make(map[int]string)}
	for i := 0; i < 10; i++ {
		c.Put(i, fmt.Sprint("value-", i))
	}

	var wg sync.WaitGroup
	hits := make([]int, 4)
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func(reader int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				if _, ok := c.Get(i % 12); ok {
					hits[reader]++
				}
			}
		}(r)
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 10; i < 12; i++ {
			c.Put(i, "late")
		}
	}()
	wg.Wait()
	fmt.Println("cached keys:", len(c.data))
}
