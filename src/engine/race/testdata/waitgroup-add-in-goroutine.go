// WaitGroup misuse: Add inside the new goroutine instead of before the go statement. Go's
// WaitGroup models its semaphore as memory so the first Add and a Wait that blocks race.
// race: write 22 read 16
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	done := false
	go func() {
		wg.Add(1)
		time.Sleep(20 * time.Millisecond)
		done = true
		wg.Done()
	}()
	time.Sleep(5 * time.Millisecond)
	wg.Wait()
	fmt.Println(done)
}
