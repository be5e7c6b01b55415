package main

import (
	"fmt"
	"slices"
	"strings"
)

// The slices package covers sorting, searching and comparing without hand-written loops.
func main() {
	ids := []int{42, 7, 19, 3}
	slices.Sort(ids)
	i, found := slices.BinarySearch(ids, 19)
	fmt.Println(ids, i, found, slices.Contains(ids, 7), slices.Index(ids, 42))
	fmt.Println(slices.Max(ids), slices.Min(ids))
	c := slices.Clone(ids)
	slices.Reverse(c)
	fmt.Println(c, slices.Equal(ids, c))
	words := []string{"Mutex", "chan", "Map"}
	slices.SortFunc(words, func(a, b string) int {
		la, lb := strings.ToLower(a), strings.ToLower(b)
		switch {
		case la < lb:
			return -1
		case la > lb:
			return 1
		}
		return 0
	})
	fmt.Println(words)
}
