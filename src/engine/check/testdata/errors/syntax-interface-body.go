package main

import "fmt"

// Rule: an interface lists method signatures only; bodies belong to the types that implement it.
// The body's } closes the interface, so the interface's own } is left over.

type Store interface {
	Get(key string) string /* ERROR "syntax error: unexpected { in interface type; possibly missing semicolon or newline or }" */ {
		return ""
	}
/* ERROR "syntax error: non-declaration statement outside function body" */ }

func main() {
	fmt.Println("x")
}
