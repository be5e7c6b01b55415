package main

import (
	"fmt"
	"sync"
)

// Rule: go needs a call: a function literal must be followed by its argument list, even an empty one.

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go /* ERROR "expression in go must be function call" */ func() {
		defer wg.Done()
		fmt.Println("worker")
	}
	wg.Wait()
}
