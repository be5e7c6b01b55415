package main

import (
	"fmt"
	"sync"
	"time"
)

// A cache whose entries expire; a janitor goroutine sweeps on a ticker until Close.
type item struct {
	value   string
	expires time.Time
}

type TTLCache struct {
	mu    sync.RWMutex
	items map[string]item
	ttl   time.Duration
	stop  chan struct{}
	done  sync.WaitGroup
}

func NewTTLCache(ttl time.Duration) *TTLCache {
	c := &TTLCache{items: map[string]item{}, ttl: ttl, stop: make(chan struct{})}
	c.done.Add(1)
	go c.janitor(ttl / 2)
	return c
}

func (c *TTLCache) Set(k, v string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[k] = item{value: v, expires: time.Now().Add(c.ttl)}
}

func (c *TTLCache) Get(k string) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	it, ok := c.items[k]
	if !ok || time.Now().After(it.expires) {
		return "", false
	}
	return it.value, true
}

func (c *TTLCache) janitor(every time.Duration) {
	defer c.done.Done()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			now := time.Now()
			c.mu.Lock()
			for k, it := range c.items {
				if now.After(it.expires) {
					delete(c.items, k)
				}
			}
			c.mu.Unlock()
		case <-c.stop:
			return
		}
	}
}

func (c *TTLCache) Close() {
	close(c.stop)
	c.done.Wait()
}

func main() {
	c := NewTTLCache(20 * time.Millisecond)
	c.Set("session", "abc")
	v, ok := c.Get("session")
	fmt.Println(v, ok)
	time.Sleep(50 * time.Millisecond)
	_, ok = c.Get("session")
	fmt.Println("after expiry:", ok)
	c.Close()
}
