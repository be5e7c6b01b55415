package main

import "fmt"

// Rule: := declares with an inferred type; a type written after the name needs var.

func main() {
	count /* ERROR "syntax error: unexpected name int at end of statement" */ int := 0
	fmt.Println(count)
}
