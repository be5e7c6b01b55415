package main

import (
	"fmt"
	"sort"
)

// Map iteration order is random; sort the keys to print a map deterministically.
type entry struct {
	word  string
	count int
}

func main() {
	counts := map[string]int{"go": 3, "map": 5, "lock": 3, "chan": 1}
	var entries []entry
	for w, c := range counts {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].word < entries[j].word })
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].count > entries[j].count })
	for _, e := range entries {
		fmt.Println(e.word, e.count)
	}
	nums := []int{5, 2, 8, 1}
	sort.Ints(nums)
	names := []string{"bob", "alice"}
	sort.Strings(names)
	fmt.Println(nums, names)
}
