package main

import "fmt"

// Rule: a pointer to a slice or map must be dereferenced before indexing (only pointers to
// arrays index directly). gc points at the [ of the index expression.

func push(s *[]int, v int) {
	*s = append(*s, v)
	fmt.Println(s/* ERROR "invalid operation: cannot index s \(variable of type \*\[\]int\)" */[0])
}

func bump(m *map[string]int) {
	(*m)["a"]++
	m/* ERROR "invalid operation: cannot index m \(variable of type \*map\[string\]int\)" */["b"]++
}

func main() {
	arr := [3]int{}
	p := &arr
	p[0] = 1
	s := []int{}
	push(&s, 1)
	m := map[string]int{}
	bump(&m)
}
