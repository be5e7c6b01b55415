package main

import "sync"

type SafeCounter struct {
	mu sync.RWMutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.v[key]++
	c.mu.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.v[key]
}

func main() {
	c := SafeCounter{v: make(map[string]int)}
	var once sync.Once
	once.Do(func() { c.Inc("a") })
	var sm sync.Map
	sm.Store("k", 1)
	if v, ok := sm.Load("k"); ok {
		_ = v.(int)
	}
}
