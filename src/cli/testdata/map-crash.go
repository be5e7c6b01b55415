// Several goroutines count words into one map with no lock.
// Run it a few times: Go stops the program with
// "fatal error: concurrent map writes".
package main

import (
	"fmt"
	"sync"
)

func main() {
	words := []string{"go", "map", "lock", "go", "chan", "map", "go"}
	counts := make(map[string]int)

	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(worker int) {
			defer wg.Done()
			for i := 0; i < 5000; i++ {
				word := words[(i+worker)%len(words)]
				counts[word]++ // unprotected write from several goroutines
			}
		}(w)
	}
	wg.Wait()

	fmt.Println(counts)
}
