package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println(v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out")
	}
	fast := make(chan string, 1)
	fast <- "ready"
	select {
	case s := <-fast:
		fmt.Println(s)
	case <-time.After(time.Second):
		fmt.Println("timed out")
	}
}
