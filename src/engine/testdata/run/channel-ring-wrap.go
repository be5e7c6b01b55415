// A buffered channel is a ring: values keep their FIFO order after the send index wraps around,
// and len/cap report the count and the size.
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	fmt.Println(<-ch, len(ch), cap(ch))
	ch <- 3
	ch <- 4
	fmt.Println(len(ch), cap(ch))
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := <-ch
	fmt.Println(v, ok)
}
