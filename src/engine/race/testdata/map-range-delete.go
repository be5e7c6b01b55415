// Ranging over a map reads it (mapiterinit); delete writes it.
// race: write 18 read 13
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[int]int{}
	go func() {
		for k := range m {
			_ = k
		}
	}()
	time.Sleep(10 * time.Millisecond)
	delete(m, 1)
	fmt.Println(1)
}
