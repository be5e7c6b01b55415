// The classic: 100 goroutines increment a shared counter. It never crashes and usually prints
// 100, but the read and the write of counter++ are unordered between goroutines.
// race: read 17 write 17
// race may: write 17 write 17
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	counter := 0
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); counter++ }()
	}
	wg.Wait()
	fmt.Println(counter)
}
