package main

import "fmt"

// Rule: a trailing comma is allowed in lists inside brackets, but not after the last result of
// return. After a comma the line goes on, so gc only notices at the closing brace.

func pair() (int, int) {
	return 1,
/* ERROR "syntax error: unexpected }, expected expression" */ }

func main() {
	fmt.Println(pair())
}
