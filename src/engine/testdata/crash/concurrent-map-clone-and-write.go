package main

import (
	"fmt"
	"maps"
)

// maps.Clone reads the whole map; the runtime checks for a writer before and while copying.
func main() {
	m := map[int]int{}
	for i := 0; i < 10_000; i++ {
		m[i] = i
	}
	done := make(chan bool)
	go func() {
		for i := 0; i < 5_000_000; i++ {
			m[i%10_000] = i
		}
		done <- true
	}()
	total := 0
	for round := 0; round < 2_000; round++ {
		total += len(maps.Clone(m))
	}
	<-done
	fmt.Println("no crash this time", total)
}
