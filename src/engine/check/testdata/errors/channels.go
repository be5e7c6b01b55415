package main

import "fmt"

// Rule: a receive-only channel cannot be sent to or closed; a send-only channel cannot be received from or ranged over.

func producer(out chan<- int, in <-chan int) {
	/* ERROR "invalid operation: cannot send to receive-only channel in \(variable of type <-chan int\)" */ in <- 1
	v := <-/* ERROR "invalid operation: cannot receive from send-only channel out \(variable of type chan<- int\)" */ out
	for x := range /* ERROR "range over out \(variable of type chan<- int\): receive from send-only channel" */ out {
		fmt.Println(x)
	}
	close(/* ERROR "invalid operation: cannot close receive-only channel in \(variable of type <-chan int\)" */ in)
	n := 1
	/* ERROR "invalid operation: cannot send to non-channel n \(variable of type int\)" */ n <- 2
	fmt.Println(v)
}

func main() {
	ch := make(chan int)
	producer(ch, ch)
}
