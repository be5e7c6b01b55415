package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	mu.Lock()
	for !ready {
		fmt.Println("waiting for signal")
		cond.Wait()
	}
	mu.Unlock()
}
