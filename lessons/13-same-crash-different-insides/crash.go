package main

import (
	"fmt"
	"sync"
)

func main() {
	ids := map[int]bool{}
	for i := 0; i < 40; i++ {
		ids[i] = true
	}
	var wg sync.WaitGroup
	for w := 1; w <= 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 40; i++ {
				ids[w*100+i] = true
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(ids), "ids")
}
