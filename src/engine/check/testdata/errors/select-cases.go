package main

import "fmt"

// Rule: each select case must be a send or a receive (possibly assigned).

func main() {
	ch := make(chan int, 1)
	n := 1
	select {
	case n /* ERROR "select case must be send or receive \(possibly with assignment\)" */ > 0:
		fmt.Println("positive")
	case v := <-ch:
		fmt.Println(v)
	}
	fmt.Println(n)
}
