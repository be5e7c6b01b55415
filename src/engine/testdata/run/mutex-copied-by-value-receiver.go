package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

// A value receiver locks and increments a copy: the caller's counter never changes.
func (c Counter) IncValue() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func (c *Counter) IncPointer() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func main() {
	var c Counter
	for i := 0; i < 3; i++ {
		c.IncValue()
	}
	fmt.Println("after value receiver:", c.n)
	for i := 0; i < 3; i++ {
		c.IncPointer()
	}
	fmt.Println("after pointer receiver:", c.n)
}
