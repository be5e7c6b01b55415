package main

import "fmt"

// Prints each capacity change while appending one int at a time (Go 1.23 growslice + size classes).
func main() {
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Println(len(s), cap(s))
			last = cap(s)
		}
	}
}
