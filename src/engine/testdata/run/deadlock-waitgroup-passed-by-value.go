package main

import (
	"fmt"
	"sync"
)

// The worker gets a copy of the WaitGroup, so its Done never reaches main's counter.
func worker(id int, wg sync.WaitGroup) {
	defer wg.Done()
	fmt.Println("worker", id, "done")
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(1, wg)
	wg.Wait()
}
