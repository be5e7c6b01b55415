package main

import (
	"fmt"
	"sort"
	"strings"
)

// The classic map exercise: count words, then report the most frequent.
func countWords(text string) map[string]int {
	counts := make(map[string]int)
	for _, w := range strings.Fields(strings.ToLower(text)) {
		counts[w]++
	}
	return counts
}

func main() {
	counts := countWords("the map the lock The channel map the")
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range counts {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].v != list[j].v {
			return list[i].v > list[j].v
		}
		return list[i].k < list[j].k
	})
	for _, e := range list {
		fmt.Printf("%-8s %d\n", e.k, e.v)
	}
	if n, ok := counts["missing"]; !ok {
		fmt.Println("missing:", n, ok)
	}
}
