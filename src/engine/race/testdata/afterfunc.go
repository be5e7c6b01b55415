// time.AfterFunc: what happened before the call happens before f runs (Go's timer release and
// acquire), but f's write is not ordered before main's later read.
// race: read 17 write 14
package main

import (
	"fmt"
	"time"
)

func main() {
	before, after := 1, 0
	time.AfterFunc(time.Millisecond, func() {
		after = before + 1
	})
	time.Sleep(10 * time.Millisecond)
	fmt.Println(after)
}
