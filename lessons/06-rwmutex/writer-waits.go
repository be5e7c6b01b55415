package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.RWMutex
	var wg sync.WaitGroup
	wg.Add(3)

	go func() { // a long read
		defer wg.Done()
		mu.RLock()
		fmt.Println("reader 1 reading")
		time.Sleep(100 * time.Millisecond)
		fmt.Println("reader 1 done")
		mu.RUnlock()
	}()

	go func() { // a writer arrives while reader 1 holds the lock
		defer wg.Done()
		time.Sleep(10 * time.Millisecond)
		mu.Lock()
		fmt.Println("writer writing")
		mu.Unlock()
	}()

	go func() { // a second reader arrives after the writer started waiting
		defer wg.Done()
		time.Sleep(20 * time.Millisecond)
		mu.RLock()
		fmt.Println("reader 2 reading")
		mu.RUnlock()
	}()

	wg.Wait()
}
