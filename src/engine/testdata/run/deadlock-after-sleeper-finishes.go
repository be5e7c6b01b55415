package main

import (
	"fmt"
	"time"
)

// A sleeping goroutine delays deadlock detection until it wakes and exits.
func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(50 * time.Millisecond)
		fmt.Println("sleeper done")
	}()
	<-ch
}
