// Two goroutines write the same element of a slice.
// race: write 17 write 17
package main

import (
	"fmt"
	"sync"
)

func main() {
	out := make([]int, 2)
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[0] = i
		}()
	}
	wg.Wait()
	fmt.Println(out)
}
