package main

import "fmt"

// Rule: struct fields are separated by newlines or semicolons, never commas.

type Request struct {
	key string/* ERROR "syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }" */,
	reply chan string
}

func main() {
	fmt.Println(Request{})
}
