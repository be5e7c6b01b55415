package main

import "fmt"

func main() {
	results := make(chan int)
	go func() {
		// Waits for a value nobody sends: stuck forever.
		v := <-results
		fmt.Println(v)
	}()

	// main stays busy, so not every goroutine is blocked and the deadlock detector stays quiet.
	n := 0
	for {
		n++
	}
}
