package main

import (
	"fmt"
	"sync"
)

func main() {
	// Every method is safe on its own, but Load then Store is two steps: another goroutine
	// can store in between, and one of the two increments is lost.
	var hits sync.Map
	hits.Store("home", 0)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				v, _ := hits.Load("home")
				hits.Store("home", v.(int)+1)
			}
		}()
	}
	wg.Wait()
	v, _ := hits.Load("home")
	fmt.Println(v)
}
