package main

import (
	"fmt"
	"sort"
	"strings"
)

// Grouping into a map of slices: appending to a missing key starts from a nil slice.
func main() {
	words := strings.Fields("map mutex make chan close cap copy")
	byFirst := map[byte][]string{}
	for _, w := range words {
		byFirst[w[0]] = append(byFirst[w[0]], w)
	}
	letters := make([]int, 0, len(byFirst))
	for b := range byFirst {
		letters = append(letters, int(b))
	}
	sort.Ints(letters)
	for _, b := range letters {
		fmt.Println(string(rune(b)), byFirst[byte(b)])
	}
}
