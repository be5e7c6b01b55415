package main

import "fmt"

// A select can send as well as receive; a nil channel's case is never chosen, which turns cases off.
func main() {
	in := make(chan int)
	out := make(chan int, 10)
	go func() {
		for i := 1; i <= 5; i++ {
			in <- i
		}
		close(in)
	}()

	var pending []int
	src := in
	for src != nil || len(pending) > 0 {
		var send chan<- int
		var next int
		if len(pending) > 0 {
			send = out
			next = pending[0]
		}
		select {
		case v, ok := <-src:
			if !ok {
				src = nil
				continue
			}
			pending = append(pending, v*v)
		case send <- next:
			pending = pending[1:]
		}
	}
	close(out)
	sum := 0
	for v := range out {
		sum += v
	}
	fmt.Println("sum of squares:", sum)
}
