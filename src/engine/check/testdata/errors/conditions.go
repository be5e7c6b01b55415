package main

import "fmt"

// Rule: if and for conditions must be boolean; Go never converts a number to a truth value.

func main() {
	n := len("ab")
	if /* ERROR "non-boolean condition in if statement" */ n {
		fmt.Println(n)
	}
	for /* ERROR "non-boolean condition in for statement" */ n {
		n--
	}
	ok := /* ERROR "invalid operation: n && true \(mismatched types int and untyped bool\)" */ n && true
	fmt.Println(ok)
}
