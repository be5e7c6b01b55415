// A WaitGroup whose Add runs inside the goroutine: Wait may return before the goroutine even
// started, and the read races with the write.
// race may: read 24 write 20
// race may: write 22 read 17
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	total := 0
	go func() {
		wg.Add(1)
		defer wg.Done()
		time.Sleep(time.Millisecond)
		total = 5
	}()
	wg.Wait()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(total)
}
