package main

import "fmt"

func spawn(ch chan int) {
	go func() {
		ch <- 1
		ch <- 2
	}()
}

// The dump says which goroutine created which: `created by main.spawn in goroutine N`.
func main() {
	ch := make(chan int)
	started := make(chan bool)
	go func() {
		spawn(ch)
		started <- true
		select {}
	}()
	<-started
	fmt.Println(<-ch)
	var never chan int
	<-never
}
