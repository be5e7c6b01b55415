package main

import "fmt"

// Rule: parentheses must balance; a newline inside an unfinished call is an error.

func main() {
	fmt.Println("total:", 3 // ERROR "syntax error: unexpected newline in argument list; possibly missing comma or \)"
}
