package main

import "fmt"

// Rule: a struct cannot contain itself (it would be infinitely large); a pointer breaks the cycle.
// Package-level variables cannot be initialised from each other in a cycle.

type /* ERROR "invalid recursive type: Node refers to itself" */ Node struct {
	next Node
}

type List struct {
	next *List
}

var /* ERROR "initialization cycle for a\n\t.*a refers to\n\t.*b refers to" */ a = b + 1
var b = a + 1

func main() {
	fmt.Println(Node{}, List{}, a, b)
}
