// sync.Cond: Wait unlocks and relocks the Mutex, so the consumer sees what the producer did under it.
// races: none
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	queue := []int{}
	done := make(chan bool)
	go func() {
		mu.Lock()
		for len(queue) == 0 {
			cond.Wait()
		}
		fmt.Println(queue[0])
		mu.Unlock()
		done <- true
	}()
	mu.Lock()
	queue = append(queue, 42)
	cond.Signal()
	mu.Unlock()
	<-done
}
