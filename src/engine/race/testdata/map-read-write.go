// A map read in main and a write in a goroutine: Go's map functions report the whole map as the
// accessed memory, with the runtime function on top of the stack.
// go-differs: Go also reports the element slot (a second report); the lab reports the map header only.
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
