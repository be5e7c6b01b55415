package main

import (
	"fmt"
	"math"
)

// NaN != NaN, so every NaN key is a new entry that can never be looked up again.
func main() {
	m := map[float64]int{}
	nan := math.NaN()
	m[nan] = 1
	m[nan] = 1
	m[1.0] = 3
	fmt.Println(len(m), m[nan])
	_, ok := m[nan]
	fmt.Println(ok, m)
	delete(m, nan)
	fmt.Println(len(m))
	clear(m)
	fmt.Println(len(m))
}
