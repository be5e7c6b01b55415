package main

import "sync"

// Two goroutines each write their own map: their map phases commute, so the sleep sets skip
// orders that only swap them.
func main() {
	a := map[int]int{}
	b := map[int]int{}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		a[1], a[2] = 1, 2
	}()
	go func() {
		defer wg.Done()
		b[1], b[2] = 1, 2
	}()
	wg.Wait()
	println(len(a) + len(b))
}
