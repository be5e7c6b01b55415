package main

import "fmt"

// Rule: map literals need a key for every element; slice and array indexes may appear once.

func main() {
	m := map[string]int{/* ERROR "missing key in map literal" */ "a"}
	s := []int{1: 10, /* ERROR "duplicate index 1 in array or slice literal" */ 1: 20}
	a := [2]int{1, 2, /* ERROR "index 2 is out of bounds \(>= 2\)" */ 3}
	fmt.Println(m, s, a)
}
