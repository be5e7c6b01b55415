package main

import "fmt"

// Rule: case labels belong inside a switch or select body. gc skips to the next }, which
// closes main early, so main's own } is left over.

func main() {
	n := 1
	if n > 0 {
	/* ERROR "syntax error: unexpected case, expected }" */ case 1:
		fmt.Println("one")
	}
/* ERROR "syntax error: non-declaration statement outside function body" */ }
