package main

import (
	"fmt"
	"sync"
)

type op struct {
	key   string
	delta int
	reply chan int
}

// Only the owner goroutine touches the map; others send requests over a channel.
func main() {
	ops := make(chan op)
	go func() {
		m := map[string]int{}
		for o := range ops {
			m[o.key] += o.delta
			o.reply <- m[o.key]
		}
	}()
	var wg sync.WaitGroup
	for g := 0; g < 5; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := make(chan int)
			for i := 0; i < 100; i++ {
				ops <- op{"hits", 1, r}
				<-r
			}
		}()
	}
	wg.Wait()
	r := make(chan int)
	ops <- op{"hits", 0, r}
	fmt.Println("hits:", <-r)
}
