package main

import (
	"fmt"
	"sync"
)

// Embedding sync.Mutex promotes Lock and Unlock to the struct itself.
type Inventory struct {
	sync.Mutex
	stock map[string]int
}

func (inv *Inventory) Add(item string, n int) {
	inv.Lock()
	defer inv.Unlock()
	inv.stock[item] += n
}

func (inv *Inventory) Take(item string) bool {
	inv.Lock()
	defer inv.Unlock()
	if inv.stock[item] == 0 {
		return false
	}
	inv.stock[item]--
	return true
}

func main() {
	inv := &Inventory{stock: map[string]int{}}
	inv.Add("apple", 3)
	var wg sync.WaitGroup
	taken := make(chan bool, 5)
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			taken <- inv.Take("apple")
		}()
	}
	wg.Wait()
	close(taken)
	got := 0
	for ok := range taken {
		if ok {
			got++
		}
	}
	fmt.Println("taken:", got, "left:", inv.stock["apple"])
}
