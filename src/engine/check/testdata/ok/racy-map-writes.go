package main

import (
	"fmt"
	"sync"
)

// The lab's first program: it compiles and vets clean, yet two goroutines writing one map
// without a lock usually end in "fatal error: concurrent map writes". Checking clean is the point:
// the compiler cannot see the race.
func main() {
	m := make(map[int]int)
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				m[i] = w
			}
		}(w)
	}
	wg.Wait()
	fmt.Println(len(m))
}
