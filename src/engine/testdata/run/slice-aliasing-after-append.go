package main

import "fmt"

// Two slices share a backing array until an append needs more capacity.
func main() {
	a := make([]int, 3, 4)
	b := append(a, 4)
	b[0] = 100
	fmt.Println(a, b, len(a), cap(a))
	c := append(a, 5)
	fmt.Println(b, c)
	d := append(b, 6)
	d[1] = 200
	fmt.Println(b, d, cap(d))
}
