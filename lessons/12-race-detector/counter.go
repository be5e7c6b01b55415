package main

import (
	"fmt"
	"sync"
)

func main() {
	// counter++ is three steps: read the value, add one, write it back. Two goroutines can read
	// the same old value, and one increment disappears. No map is involved, so nothing crashes.
	counter := 0
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				counter++
			}
		}()
	}
	wg.Wait()
	fmt.Println(counter)
}
