package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	ints := []int{3, 1, 2}
	sort.Ints(ints)
	strs := []string{"pear", "fig", "apple", "kiwi"}
	sort.Strings(strs)
	fmt.Println(ints, strs, sort.IntsAreSorted(ints))
	words := []string{"ccc", "a", "bb", "dd", "e"}
	sort.Stable(byLen(words))
	fmt.Println(words)
	sort.Slice(strs, func(i, j int) bool { return strs[i] > strs[j] })
	fmt.Println(strs, sort.SearchInts(ints, 2))
}
