// Mixing an atomic add with a plain write: atomics do not race with each other, but with plain
// accesses they do (Go reports the atomic side as sync/atomic frames).
// go-differs: Go 1.23 shows no user frame under the atomic one here (prog.go:16 is missing in its report).
// race: write 19 write 16
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var n int64
	go func() {
		atomic.AddInt64(&n, 1)
	}()
	time.Sleep(10 * time.Millisecond)
	n = 5
	fmt.Println(n)
}
