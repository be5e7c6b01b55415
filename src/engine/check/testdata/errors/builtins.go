package main

import "fmt"

// Rule: the built-in functions check their operands: append needs a slice (as its first argument), delete a map,
// cap has no meaning for maps, and make takes a slice, map or channel type.

func main() {
	m := map[string]int{}
	s := []int{1}
	m = append(/* ERROR "first argument to append must be a slice; have m \(variable of type map\[string\]int\)" */ m, 1)
	delete(/* ERROR "invalid argument: s \(variable of type \[\]int\) is not a map" */ s, 0)
	/* ERROR "not enough arguments for delete\(m\) \(expected 2, found 1\)" */ delete(m)
	fmt.Println(cap(/* ERROR "invalid argument: m \(variable of type map\[string\]int\) for built-in cap" */ m))
	n := make(/* ERROR "invalid argument: cannot make int; type must be slice, map, or channel" */ int)
	close(/* ERROR "invalid operation: cannot close non-channel m \(variable of type map\[string\]int\)" */ m)
	fmt.Println(m, s, n)
}
