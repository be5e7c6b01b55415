package main

import (
	"fmt"
	"time"
)

// When main returns, the program ends even if other goroutines are still running.
func main() {
	go func() {
		time.Sleep(200 * time.Millisecond)
		fmt.Println("too late")
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main done")
}
