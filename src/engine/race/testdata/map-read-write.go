// A map read in main and a write in a goroutine: Go's map functions report the whole map as the
// accessed memory, with the runtime function on top of the stack.
// The key main reads is absent, so no element slot is read: one report, as in Go (map-entry-read-write.go has two).
// race: read 18 write 15
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[string]int{}
	go func() {
		m["a"] = 1
	}()
	time.Sleep(time.Millisecond)
	fmt.Println(m["b"])
}
