// An atomic store of a flag publishes the data written before it to a goroutine whose atomic load
// sees the flag.
// races: none
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var ready int32
	data := 0
	go func() {
		data = 99
		atomic.StoreInt32(&ready, 1)
	}()
	for atomic.LoadInt32(&ready) == 0 {
		time.Sleep(time.Microsecond)
	}
	fmt.Println(data)
}
