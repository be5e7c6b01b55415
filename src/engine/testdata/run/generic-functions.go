package main

import (
	"cmp"
	"fmt"
	"strings"
)

func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Filter[T any](s []T, keep func(T) bool) []T {
	var out []T
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func MaxOf[T cmp.Ordered](vals ...T) T {
	m := vals[0]
	for _, v := range vals[1:] {
		m = max(m, v)
	}
	return m
}

func main() {
	words := []string{"go", "map", "lab"}
	fmt.Println(Map(words, strings.ToUpper), Map(words, func(s string) int { return len(s) }))
	fmt.Println(Filter([]int{1, 2, 3, 4, 5}, func(n int) bool { return n%2 == 1 }))
	fmt.Println(MaxOf(3, 9, 2), MaxOf("b", "a"), MaxOf(1.5, -2.0))
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("z", "y"))
}
