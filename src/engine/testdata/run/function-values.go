package main

import (
	"fmt"
	"sort"
)

func apply(f func(int, int) int, a, b int) int { return f(a, b) }

func main() {
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	names := make([]string, 0, len(ops))
	for name := range ops {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Println(name, apply(ops[name], 6, 3))
	}
	double := func(f func(int, int) int) func(int, int) int {
		return func(a, b int) int { return 2 * f(a, b) }
	}
	fmt.Println(apply(double(ops["add"]), 1, 2))
}
