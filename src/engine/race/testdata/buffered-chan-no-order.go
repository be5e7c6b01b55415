// On a buffered channel a send completes without waiting for a receive: what the receiver did
// before receiving is not ordered before what the sender does after sending.
// race may: read 15 write 18
// race may: write 18 read 15
package main

import "fmt"

func main() {
	y := 0
	ch := make(chan int, 1)
	done := make(chan bool)
	go func() {
		ch <- 1
		fmt.Println(y)
		done <- true
	}()
	y = 2
	<-ch
	<-done
}
