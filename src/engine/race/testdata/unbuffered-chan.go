// A send happens before the matching receive completes, and on an unbuffered channel the receive
// happens before the send completes: both directions order the accesses.
// races: none
package main

import "fmt"

func main() {
	x, y := 0, 0
	ch := make(chan int)
	go func() {
		x = 1
		ch <- 1
		fmt.Println(y)
	}()
	y = 2
	<-ch
	fmt.Println(x)
}
