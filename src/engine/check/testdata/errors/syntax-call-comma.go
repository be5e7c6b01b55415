package main

import "fmt"

// Rule: in a call spread over lines, every argument ends with a comma, the last one too.

func main() {
	fmt.Println(
		"a",
		"b" // ERROR "syntax error: unexpected newline in argument list; possibly missing comma or \)"
	)
}
