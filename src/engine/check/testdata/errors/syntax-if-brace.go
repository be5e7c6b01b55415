package main

import "fmt"

// Rule: the block of an if statement must start on the same line as its condition.

func main() {
	n := 3
	if n > 2 /* ERROR "syntax error: unexpected newline, expected { after if clause" */
	{
		fmt.Println(n)
	}
}
