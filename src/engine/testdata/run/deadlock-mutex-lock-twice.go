package main

import (
	"fmt"
	"sync"
)

// sync.Mutex is not reentrant: locking it twice in the same goroutine blocks forever.
func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
	fmt.Println("never printed")
}
