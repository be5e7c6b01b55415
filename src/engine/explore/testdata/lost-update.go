package main

import (
	"fmt"
	"sync"
)

// Two goroutines increment a shared counter in two statements with no lock: an update can be
// lost, so the claim "prints 2" fails in some schedules but the program never crashes.
func main() {
	n := 0
	var wg sync.WaitGroup
	wg.Add(2)
	for w := 0; w < 2; w++ {
		go func() {
			defer wg.Done()
			t := n
			n = t + 1
		}()
	}
	wg.Wait()
	fmt.Println(n)
}
