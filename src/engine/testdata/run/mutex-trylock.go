// TryLock fails while the mutex is held (by anyone) and succeeds once it is free; a successful
// TryLock is a Lock, so the next TryLock fails until Unlock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println("free:", mu.TryLock())
	fmt.Println("held by main:", mu.TryLock())
	done := make(chan bool)
	go func() {
		fmt.Println("held, tried from another goroutine:", mu.TryLock())
		done <- true
	}()
	<-done
	mu.Unlock()
	fmt.Println("after Unlock:", mu.TryLock())
	mu.Unlock()
}
