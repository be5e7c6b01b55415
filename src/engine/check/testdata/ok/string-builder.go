package main

import (
	"fmt"
	"sort"
	"strings"
)

// strings.Builder grows one buffer instead of allocating a string per +=.
func render(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("{")
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(fmt.Sprintf("%s: %d", k, m[k]))
	}
	b.WriteString("}")
	return b.String()
}

func main() {
	s := render(map[string]int{"go": 3, "map": 1, "lab": 2})
	fmt.Println(s, len(s), b2len(s))
}

func b2len(s string) int {
	var b strings.Builder
	b.WriteString(s)
	return b.Len()
}
