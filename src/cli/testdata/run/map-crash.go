// Two goroutines write the same map with no lock: Go stops the program with a fatal error.
package main

import "sync"

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	wg.Add(2)
	for w := 0; w < 2; w++ {
		go func() {
			defer wg.Done()
			for i := 0; i < 4; i++ {
				m[i] = w
			}
		}()
	}
	wg.Wait()
	println(len(m))
}
