package main

import "fmt"

// Rule (lab): generics are valid Go but not supported yet in Go Map Lab. Go accepts this file;
// the lab reports each type parameter list (and each explicit instantiation it can see).

func Keys[/* UNSUPPORTED "not supported" */ K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

type Set[/* UNSUPPORTED "not supported" */ T comparable] struct {
	items map[T]struct{}
}

func (s *Set[T]) Add(v T) { s.items[v] = struct{}{} }

func main() {
	fmt.Println(len(Keys(map[string]int{"a": 1})))
	s := &Set[string]{items: map[string]struct{}{}}
	s.Add("x")
	fmt.Println(len(s.items))
}
