package main

import "fmt"

func main() {
	results := make(chan int)
	go func() {
		v := <-results
		fmt.Println(v)
	}()
	// Now main blocks too: every goroutine is waiting, and the runtime says so.
	<-results
}
