package main

import (
	"fmt"
	"sync"
)

// delete is a write too: a deleter and an inserter race into the same fatal error.
func main() {
	m := map[int]bool{}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; i < 1_000_000; i++ {
			m[i%500] = true
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 1_000_000; i++ {
			delete(m, i%500)
		}
	}()
	wg.Wait()
	fmt.Println("no crash this time")
}
