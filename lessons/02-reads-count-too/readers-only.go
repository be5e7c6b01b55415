package main

import (
	"fmt"
	"sync"
)

func main() {
	prices := map[int]int{}
	for i := 0; i < 50; i++ {
		prices[i] = i * 10
	}

	var wg sync.WaitGroup
	totals := make([]int, 4)
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				totals[r] += prices[i%50]
			}
		}()
	}
	wg.Wait()
	fmt.Println(totals)
}
