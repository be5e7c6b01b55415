package main

import "fmt"

// Rule: slices, maps and functions compare only with nil; struct equality needs comparable fields.

type Snapshot struct {
	keys []string
}

func main() {
	a := []int{1}
	b := []int{1}
	fmt.Println(/* ERROR "invalid operation: a == b \(slice can only be compared to nil\)" */ a == b)
	m1 := map[string]int{}
	m2 := map[string]int{}
	fmt.Println(/* ERROR "invalid operation: m1 == m2 \(map can only be compared to nil\)" */ m1 == m2)
	var s1, s2 Snapshot
	fmt.Println(/* ERROR "invalid operation: s1 == s2 \(struct containing \[\]string cannot be compared\)" */ s1 == s2)
	var bad map[/* ERROR "invalid map key type \[\]int" */ []int]string
	fmt.Println(bad)
}
