package main

import "fmt"

// Two goroutines alternate strictly through unbuffered channels.
func main() {
	ping, pong := make(chan int), make(chan int)
	done := make(chan bool)
	go func() {
		for v := range ping {
			fmt.Println("ping", v)
			pong <- v + 1
		}
		done <- true
	}()
	v := 0
	for i := 0; i < 3; i++ {
		ping <- v
		v = <-pong
		fmt.Println("pong", v)
	}
	close(ping)
	<-done
}
