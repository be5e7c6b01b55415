package main

import (
	"fmt"
	"sync"
	"time"
)

// Closing a channel wakes every receiver at once: a broadcast "stop" signal.
func watcher(id int, done <-chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-done:
			fmt.Println("watcher", id, "stopping")
			return
		default:
			time.Sleep(time.Millisecond)
		}
	}
}

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go watcher(i, done, &wg)
	}
	time.Sleep(5 * time.Millisecond)
	close(done)
	wg.Wait()
	_, open := <-done
	fmt.Println("open:", open)
}
