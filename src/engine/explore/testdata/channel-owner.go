package main

import "fmt"

// Only the owner goroutine touches the map; two senders hand it their keys over a channel.
func main() {
	keys := make(chan int)
	done := make(chan map[int]int)
	go func() {
		m := map[int]int{}
		for k := range keys {
			m[k]++
		}
		done <- m
	}()
	finished := make(chan bool)
	for w := 0; w < 2; w++ {
		go func() {
			for i := 0; i < 2; i++ {
				keys <- i
			}
			finished <- true
		}()
	}
	<-finished
	<-finished
	close(keys)
	m := <-done
	fmt.Println(m[0], m[1])
}
