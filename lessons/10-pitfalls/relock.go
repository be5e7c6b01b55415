package main

import (
	"fmt"
	"sync"
)

type Inventory struct {
	mu    sync.Mutex
	items map[string]int
}

func (inv *Inventory) Count(name string) int {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	return inv.items[name]
}

// Restock holds the lock and then calls Count, which tries to take the same lock.
// sync.Mutex is not reentrant: the goroutine waits for itself forever.
func (inv *Inventory) Restock(name string) {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	if inv.Count(name) == 0 {
		inv.items[name] = 10
	}
}

func main() {
	inv := &Inventory{items: map[string]int{}}
	inv.Restock("apples")
	fmt.Println(inv.Count("apples"))
}
