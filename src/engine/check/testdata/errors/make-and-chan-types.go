package main

import "fmt"

// Rule: make's size arguments are non-negative integers, length no larger than capacity; a
// directional channel converts to nothing wider, and close takes exactly one channel.

func main() {
	a := make([]int, /* ERROR "invalid argument: length and capacity swapped" */ 5, 2)
	b := make(chan int, /* ERROR "cannot convert \"3\" \(untyped string constant\) to type int" */ "3")
	c := make([]int, /* ERROR "invalid argument: index -1 \(constant of type int\) must not be negative" */ -1)
	recvOnly := make(<-chan int)
	var both chan int = /* ERROR "cannot use recvOnly \(variable of type <-chan int\) as chan int value in variable declaration" */ recvOnly
	var sendOnly chan<- int = make(chan int)
	/* ERROR "not enough arguments for close\(\) \(expected 1, found 0\)" */ close()
	fmt.Println(a, b, c, both, sendOnly)
}
