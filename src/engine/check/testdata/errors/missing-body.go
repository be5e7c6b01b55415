package main

import "fmt"

// Rule: a Go function declared without a body must be implemented elsewhere (in assembly);
// in a lab program that is always a mistake.

func /* ERROR "missing function body" */ helper(n int) int

func main() {
	fmt.Println(helper(1))
}
