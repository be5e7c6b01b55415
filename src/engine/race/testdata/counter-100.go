// The classic: 100 goroutines increment a shared counter. It never crashes and may print less
// than 100: the read and the write of counter++ are unordered between goroutines. Which pair the
// detector meets first depends on the interleaving (Go's reports vary the same way).
// race may: read 19 write 19
// race may: write 19 read 19
// race may: write 19 write 19
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
