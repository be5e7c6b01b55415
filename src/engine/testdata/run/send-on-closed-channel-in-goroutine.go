package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for v := range ch {
			fmt.Println("received", v)
		}
	}()
	ch <- 1
	close(ch)
	wg.Wait()
	ch <- 2
}
