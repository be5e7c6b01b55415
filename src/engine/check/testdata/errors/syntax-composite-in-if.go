package main

import "fmt"

// Rule: a composite literal in an if, for or switch header must be parenthesised,
// because its { would otherwise open the statement's block. gc reads `if p == Point {}`,
// then stumbles on the second {; after recovering, the function's closing brace is left over.

type Point struct{ X, Y int }

func main() {
	p := Point{}
	if p == Point{} /* ERROR "syntax error: unexpected { at end of statement" */ {
		fmt.Println("origin")
	}
/* ERROR "syntax error: non-declaration statement outside function body" */ }
