// A goroutine writes m[1] and main reads m[1]: Go reports the map header (mapassign against
// mapaccess1) and, because the key is present, the entry's element slot too: two reports.
// reports: 2
// race: read 18 write 15
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
	time.Sleep(time.Millisecond)
	fmt.Println(m[1])
}
