package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
)

// Iteration order is random; sort the keys for a deterministic walk.
func main() {
	m := map[string]int{"c": 3, "a": 1, "b": 2, "d": 4}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	vals := slices.Collect(maps.Values(m))
	slices.Sort(vals)
	fmt.Println(vals)
}
