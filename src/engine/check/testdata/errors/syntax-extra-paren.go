package main

import "fmt"

// Rule: parentheses must balance; an extra closing one ends the statement early.

func main() {
	fmt.Println("total", (1 + 2)) /* ERROR "syntax error: unexpected \) at end of statement" */ )
}
