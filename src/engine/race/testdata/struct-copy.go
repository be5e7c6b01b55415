// Copying a whole struct reads every field: it races with a goroutine writing one of them.
// race: read 21 write 18
package main

import (
	"fmt"
	"time"
)

type config struct {
	name  string
	limit int
}

func main() {
	c := &config{name: "a", limit: 1}
	go func() {
		c.limit = 2
	}()
	time.Sleep(time.Millisecond)
	snapshot := *c
	fmt.Println(snapshot.name)
}
