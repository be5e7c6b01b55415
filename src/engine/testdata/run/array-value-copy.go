package main

import "fmt"

func double(arr [3]int) {
	for i := range arr {
		arr[i] *= 2
	}
}

// Arrays are values: assignment and calls copy all elements, unlike slices.
func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	double(a)
	fmt.Println(a, b, len(a))
	s := a[:]
	s[1] = 50
	fmt.Println(a, s)
	var grid [2][3]string
	grid[1][2] = "x"
	fmt.Printf("%q\n", grid)
}
