// The same through select: a receive case that fires because of close acquires the close.
// races: none
package main

import (
	"fmt"
	"time"
)

func main() {
	data := 0
	done := make(chan struct{})
	go func() {
		data = 7
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(time.Second):
	}
	fmt.Println(data)
}
