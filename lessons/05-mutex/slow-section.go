package main

import (
	"fmt"
	"strings"
	"sync"
)

var (
	mu    sync.Mutex
	index = map[string]int{}
)

// indexSlow formats the key while holding the lock: every other goroutine waits for work
// that touches nothing shared.
func indexSlow(word string, n int) {
	mu.Lock()
	key := strings.ToUpper(strings.TrimSpace(word))
	index[key] += n
	mu.Unlock()
}

// indexFast does the private work first and holds the lock only for the map write.
func indexFast(word string, n int) {
	key := strings.ToUpper(strings.TrimSpace(word))
	mu.Lock()
	index[key] += n
	mu.Unlock()
}

func main() {
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				indexSlow(" go ", 1)
				indexFast(" map ", 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(index["GO"], index["MAP"])
}
