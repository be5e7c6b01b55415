package main

import "fmt"

// Entries added during range may or may not be visited; the final length is fixed.
func main() {
	m := map[int]int{1: 1, 2: 2, 3: 3}
	iterations := 0
	for k := range m {
		iterations++
		if k < 100 {
			m[k+100] = k
		}
	}
	fmt.Println(len(m), iterations >= 3, iterations <= 6)
}
