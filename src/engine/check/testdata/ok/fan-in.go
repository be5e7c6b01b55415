package main

import (
	"fmt"
	"sync"
)

// Fan-in merges several channels into one; a WaitGroup tells when to close the merged channel.
func producer(name string, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- fmt.Sprintf("%s-%d", name, i)
		}
	}()
	return out
}

func merge(inputs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	wg.Add(len(inputs))
	for _, in := range inputs {
		go func(c <-chan string) {
			defer wg.Done()
			for s := range c {
				out <- s
			}
		}(in)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	count := 0
	for range merge(producer("a", 3), producer("b", 2)) {
		count++
	}
	fmt.Println("messages:", count)
}
