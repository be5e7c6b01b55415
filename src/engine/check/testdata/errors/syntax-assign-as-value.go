package main

import "fmt"

// Rule: an assignment is a statement, not an expression; it cannot be an if condition.

func main() {
	n := 0
	if n /* ERROR "syntax error: cannot use assignment n = 1 as value" */ = 1 {
		fmt.Println(n)
	}
}
