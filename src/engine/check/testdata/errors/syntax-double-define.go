package main

import "fmt"

// Rule: := is a statement, not an expression, so declarations cannot be chained.

func main() {
	a := b /* ERROR "syntax error: unexpected := at end of statement" */ := 1
	fmt.Println(a)
}
