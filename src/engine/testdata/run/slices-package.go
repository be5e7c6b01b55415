package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{5, 2, 8, 1, 9, 2}
	fmt.Println(slices.Contains(s, 8), slices.Index(s, 2), slices.Index(s, 7))
	fmt.Println(slices.Max(s), slices.Min(s))
	t := slices.Clone(s)
	slices.Sort(t)
	fmt.Println(s, t)
	i, found := slices.BinarySearch(t, 8)
	fmt.Println(i, found)
	slices.Reverse(t)
	fmt.Println(t, slices.Equal(s, t))
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	fmt.Println(slices.Insert([]int{1, 4}, 1, 2, 3), slices.Delete([]int{0, 1, 2, 3}, 1, 3))
}
