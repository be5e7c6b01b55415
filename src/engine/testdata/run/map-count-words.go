package main

import (
	"fmt"
	"strings"
)

func main() {
	text := "the quick brown fox jumps over the lazy dog the end"
	counts := make(map[string]int)
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	fmt.Println(counts)
	fmt.Println(len(counts), counts["the"], counts["cat"])
}
