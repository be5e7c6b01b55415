package main

import "fmt"

// Rule: the three clauses of a for statement are separated by semicolons, not commas.
// gc reads `i := 0, i < 3, i` as one (three-value) declaration and then trips over ++.

func main() {
	for i := 0, i < 3, i /* ERROR "syntax error: unexpected \+\+, expected {" */ ++ {
		fmt.Println(i)
	}
}
