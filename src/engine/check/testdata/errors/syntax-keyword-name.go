package main

import "fmt"

// Rule: keywords cannot be used as names.

func main() {
	var /* ERROR "syntax error: unexpected range, expected name" */ range = 3
	fmt.Println("x")
}
