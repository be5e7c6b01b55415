package main

import "fmt"

// Rule: var needs a type, an initial value, or both.

func main() {
	var total /* ERROR "syntax error: unexpected newline, expected type" */
	fmt.Println(total)
}
