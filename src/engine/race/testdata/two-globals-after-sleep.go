// Go's detector reports races that did not overlap in time: the goroutine finished long before
// main writes, but nothing orders the writes (goroutine exit is not a synchronisation).
// race: write 17 write 13
// race: write 18 write 14
package main

import "time"

var a, b int

func main() {
	go func() {
		a = 1
		b = 1
	}()
	time.Sleep(100 * time.Millisecond)
	a = 2
	b = 2
}
