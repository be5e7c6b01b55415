package main

import (
	"fmt"
	"maps"
)

func main() {
	orig := map[string][]int{"a": {1, 2}, "b": {3}}
	cp := maps.Clone(orig)
	cp["c"] = []int{4}
	cp["a"][0] = 100
	fmt.Println(orig)
	fmt.Println(cp)
	var nilMap map[string]int
	fmt.Println(maps.Clone(nilMap) == nil)
	fmt.Println(maps.Equal(map[int]int{1: 1}, map[int]int{1: 1}))
}
