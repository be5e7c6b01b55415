package main

import (
	"fmt"
	"time"
)

// A ticker delivers ticks until stopped; a done channel ends the loop.
func main() {
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	done := make(chan struct{})
	go func() {
		time.Sleep(35 * time.Millisecond)
		close(done)
	}()
	ticks := 0
	for {
		select {
		case <-ticker.C:
			ticks++
		case <-done:
			fmt.Println("ticks seen:", ticks > 0)
			return
		}
	}
}
