package main

import (
	"fmt"
	"time"
)

// A panic in any goroutine kills the whole program; main's defers do not run.
func main() {
	defer fmt.Println("main defer: never printed")
	done := make(chan bool)
	go func() {
		fmt.Println("worker starting")
		panic("worker failed")
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
	}
}
