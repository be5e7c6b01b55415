package main

import "fmt"

// Rule: a map element is not addressable, so its fields cannot be assigned and its address cannot be taken.

type Stats struct {
	hits int
}

func main() {
	m := map[string]Stats{"a": {}}
	/* ERROR "cannot assign to struct field m\[\"a\"\].hits in map" */ m["a"].hits = 1
	/* ERROR "cannot assign to struct field m\[\"a\"\].hits in map" */ m["a"].hits++
	p := &/* ERROR "invalid operation: cannot take address of m\[\"a\"\] \(map index expression of type Stats\)" */ m["a"]
	fmt.Println(p)
}
