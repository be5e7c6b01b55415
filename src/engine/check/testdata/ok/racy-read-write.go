package main

import (
	"fmt"
	"time"
)

// A reader iterating while a writer inserts: valid Go, and the runtime's
// "concurrent map iteration and map write" check is what stops it.
func main() {
	scores := map[string]int{"a": 1, "b": 2}
	go func() {
		for i := 0; ; i++ {
			scores[fmt.Sprint("k", i%100)] = i
		}
	}()
	deadline := time.After(50 * time.Millisecond)
	for {
		select {
		case <-deadline:
			fmt.Println("survived this time")
			return
		default:
			total := 0
			for _, v := range scores {
				total += v
			}
			_ = total
		}
	}
}
