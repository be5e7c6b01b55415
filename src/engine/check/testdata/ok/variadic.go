package main

import (
	"fmt"
	"strings"
)

// A variadic parameter is a slice; a slice can be passed on with ...
func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func logf(prefix string, format string, args ...any) {
	fmt.Println(prefix + " " + fmt.Sprintf(format, args...))
}

func joinAll(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func main() {
	fmt.Println(sum(), sum(1, 2), sum([]int{4, 5, 6}...))
	logf("[cache]", "%d hits, %d misses", 10, 2)
	fmt.Println(joinAll("-", "a", "b", "c"))
	xs := append([]int{1}, []int{2, 3}...)
	fmt.Println(xs)
}
