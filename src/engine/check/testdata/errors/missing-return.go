package main

import "fmt"

// Rule: a function with results must end in a terminating statement.

func lookup(m map[string]int, k string) int {
	if v, ok := m[k]; ok {
		return v
	}
/* ERROR "missing return" */ }

func sign(n int) string {
	switch {
	case n < 0:
		return "-"
	case n > 0:
		return "+"
	}
/* ERROR "missing return" */ }

func firstEven(xs []int) int {
	for i := 0; i < len(xs); i++ {
		if xs[i]%2 == 0 {
			return xs[i]
		}
	}
/* ERROR "missing return" */ }

func forever() int {
	for {
	}
}

func main() {
	fmt.Println(lookup(nil, "a"), sign(1), firstEven(nil), forever())
}
