// golden: go=1.21
package main

import (
	"fmt"
	"sort"
	"sync"
)

// The classic bug: goroutines started in a loop read the loop's one variable after it moved on.
func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var seen []int
	start := make(chan struct{})
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start // read i only after the loop has finished with it
			mu.Lock()
			seen = append(seen, i)
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	sort.Ints(seen)
	fmt.Println(seen)

	m := map[string]int{"x": 1}
	var ks []*string
	for k := range m {
		ks = append(ks, &k)
	}
	fmt.Println(len(ks), *ks[0])
}
