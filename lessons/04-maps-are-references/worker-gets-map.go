package main

import (
	"fmt"
	"sync"
)

// record looks harmless: it only touches the map it was given.
func record(seen map[int]bool, from, to int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := from; i < to; i++ {
		seen[i] = true
	}
}

func main() {
	seen := map[int]bool{}
	var wg sync.WaitGroup
	wg.Add(2)
	go record(seen, 0, 500, &wg)
	go record(seen, 500, 1000, &wg)
	wg.Wait()
	fmt.Println(len(seen))
}
