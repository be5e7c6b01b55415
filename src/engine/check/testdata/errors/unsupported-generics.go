package main

import "fmt"

// Rule (lab): generics are valid Go but not supported yet in Go Map Lab. Go accepts this file.
// The lab reports each declaration with type parameters (a generic function, a generic type,
// a method on a generic type) once, and nothing else: uses such as Set[string]{...} in main
// must not cascade into further errors. No Go column to check against, so markers are line-exact.

func Keys[K comparable, V any](m map[K]V) []K { // UNSUPPORTED "not supported"
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

type Set[T comparable] struct { // UNSUPPORTED "not supported"
	items map[T]struct{}
}

func (s *Set[T]) Add(v T) { s.items[v] = struct{}{} } // UNSUPPORTED "not supported"

func main() {
	fmt.Println(len(Keys(map[string]int{"a": 1})))
	s := &Set[string]{items: map[string]struct{}{}}
	s.Add("x")
	fmt.Println(len(s.items))
}
