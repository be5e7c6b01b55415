package main

import "fmt"

// range over a channel ends only when the channel is closed; the producer forgot to close it.
func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
		}
	}()
	for v := range ch {
		fmt.Println("got", v)
	}
}
