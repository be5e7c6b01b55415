package main

import "fmt"

// Rule: else is followed by a block or another if statement, nothing else.

func main() {
	n := 3
	if n > 5 {
		fmt.Println("big")
	} else /* ERROR "syntax error: else must be followed by if or statement block" */ fmt.Println("small")
}
