// Everything before a go statement happens before the new goroutine starts.
// races: none
package main

import (
	"fmt"
	"sync"
)

func main() {
	x := 1
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println(x)
	}()
	wg.Wait()
	x = 2
}
