// A ball passed back and forth over two unbuffered channels.
// trace: seed=1 procs=2 exit=0
package main

import "fmt"

func player(name string, in <-chan int, out chan<- int, done chan<- bool) {
	for ball := range in {
		fmt.Println(name, ball)
		if ball >= 3 {
			done <- true
			return
		}
		out <- ball + 1
	}
}

func main() {
	ping, pong := make(chan int), make(chan int)
	done := make(chan bool)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- 0
	<-done
}
