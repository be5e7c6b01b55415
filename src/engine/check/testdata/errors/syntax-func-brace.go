package main

import "fmt"

// Rule: a function body's opening brace must be on the line of the signature.

func main()
/* ERROR "syntax error: unexpected semicolon or newline before {" */ {
	fmt.Println("hi")
}
