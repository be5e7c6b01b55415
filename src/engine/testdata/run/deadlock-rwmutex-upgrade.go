package main

import (
	"fmt"
	"sync"
)

var (
	mu    sync.RWMutex
	cache = map[string]int{}
)

// Upgrading a read lock to a write lock in place deadlocks: Lock waits for our own RLock.
func get(k string) int {
	mu.RLock()
	defer mu.RUnlock()
	if v, ok := cache[k]; ok {
		return v
	}
	mu.Lock()
	defer mu.Unlock()
	cache[k] = len(k)
	return cache[k]
}

func main() {
	fmt.Println("get", get("abc"))
}
