package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"pear": 3, "apple": 1, "fig": 2}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	vals := slices.Collect(maps.Values(m))
	slices.Sort(vals)
	fmt.Println(vals, len(vals))
	copyOf := maps.Collect(maps.All(m))
	fmt.Println(copyOf, len(copyOf))
	s := []int{5, 1, 4}
	fmt.Println(slices.Sorted(slices.Values(s)), s)
	fmt.Println(slices.Collect(slices.Values([]string{})) == nil)
	var empty map[int]bool
	fmt.Println(slices.Sorted(maps.Keys(empty)), maps.Collect(maps.All(empty)))
}
