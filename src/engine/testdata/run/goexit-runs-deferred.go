package main

import (
	"fmt"
	"runtime"
	"sync"
)

// runtime.Goexit ends only the calling goroutine, after running its deferred calls.
func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("deferred in goroutine")
		func() {
			runtime.Goexit()
		}()
		fmt.Println("never printed")
	}()
	wg.Wait()
	fmt.Println("main continues", recover())
}
