// Each goroutine writes its own element of a shared slice: different memory, no race.
// races: none
package main

import (
	"fmt"
	"sync"
)

func main() {
	out := make([]int, 8)
	var wg sync.WaitGroup
	for i := range out {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(out)
}
