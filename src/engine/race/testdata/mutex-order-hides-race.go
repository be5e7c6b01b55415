// Missed by design: x = 1 and x = 2 are not protected by the lock, but in this execution the
// goroutine's Unlock happens before main's Lock, so happens-before orders them and nothing is
// reported. A schedule where main locks first would race; Go's detector only sees this one.
// races: none
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	x := 0
	go func() {
		x = 1
		mu.Lock()
		mu.Unlock()
	}()
	time.Sleep(10 * time.Millisecond)
	mu.Lock()
	mu.Unlock()
	x = 2
	fmt.Println(x)
}
