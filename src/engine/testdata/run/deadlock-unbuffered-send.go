package main

import "fmt"

// An unbuffered send blocks until a receiver arrives; with no other goroutine, none ever does.
func main() {
	ch := make(chan int)
	fmt.Println("sending")
	ch <- 1
	fmt.Println("never printed")
}
