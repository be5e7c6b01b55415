// A sync.Mutex has no owner: one goroutine may lock it and another unlock it, which wakes the
// goroutine waiting in Lock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	done := make(chan bool)
	go func() {
		mu.Unlock()
		fmt.Println("unlocked by the goroutine")
		done <- true
	}()
	<-done
	mu.Lock()
	fmt.Println("main locked it again")
	mu.Unlock()
}
