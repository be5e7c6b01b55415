// A send in a select on an unbuffered channel synchronises like a plain send: main's write before
// it is seen by the receiver, but main's write after it races with the receiver's read.
// race may: read 15 write 22
// race may: write 22 read 15
package main

import "fmt"

func main() {
	x := 0
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		v := <-ch
		fmt.Println(v, x)
		done <- true
	}()
	x = 5
	select {
	case ch <- 1:
	}
	x = 6
	<-done
	fmt.Println(x)
}
