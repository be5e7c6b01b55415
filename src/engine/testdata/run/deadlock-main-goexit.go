package main

import (
	"fmt"
	"runtime"
)

// runtime.Goexit in main lets the other goroutines finish; when none is left the program dies.
func main() {
	done := make(chan bool, 1)
	go func() {
		fmt.Println("worker ran")
		done <- true
	}()
	defer fmt.Println("main's defer runs on Goexit")
	<-done
	runtime.Goexit()
}
