// Two goroutines write different fields of one struct (no race); a third reads a field one of them
// wrote, unordered (race).
// race: read 26 write 22
package main

import (
	"fmt"
	"sync"
	"time"
)

type point struct{ x, y int }

func main() {
	p := &point{}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); p.x = 1 }()
	go func() { defer wg.Done(); p.y = 2 }()
	wg.Wait()
	go func() {
		p.x = 3
	}()
	time.Sleep(time.Millisecond)
	fmt.Println(p.y)
	fmt.Println(p.x)
}
