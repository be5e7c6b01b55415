package main

import (
	"fmt"
	"sync"
)

// Readers hold the read lock together; the writer waits for all of them.
type Config struct {
	mu     sync.RWMutex
	values map[string]int
}

func (c *Config) Read(key string) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.values[key]
}

func (c *Config) Update(key string, v int) {
	c.mu.Lock()
	c.values[key] = v
	c.mu.Unlock()
}

func main() {
	cfg := &Config{values: map[string]int{"limit": 10}}
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = cfg.Read("limit")
		}(i)
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		cfg.Update("limit", 20)
	}()
	wg.Wait()
	for _, r := range results {
		if r != 10 && r != 20 {
			fmt.Println("impossible", r)
		}
	}
	fmt.Println("final", cfg.Read("limit"))
}
