// len(m) reads the map header directly (no runtime function): it races with a write.
// race: read 16 write 13
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[int]int{}
	go func() {
		m[1] = 1
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(len(m))
}
