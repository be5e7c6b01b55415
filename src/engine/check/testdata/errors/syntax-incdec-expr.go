package main

import "fmt"

// Rule: ++ and -- are statements, not expressions; their value cannot be used.

func main() {
	i := 0
	j := i /* ERROR "syntax error: unexpected \+\+ at end of statement" */ ++
	fmt.Println(i, j)
}
