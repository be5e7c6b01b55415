package main

import "fmt"

// Rule: Go spells every loop with for. `while` is just a name, so the statement ends right
// after it; gc then skips to the braces, whose } closes main, leaving the rest outside any function.

func main() {
	n := 0
	while /* ERROR "syntax error: unexpected name n at end of statement" */ n < 3 {
		n++
	}
	/* ERROR "syntax error: non-declaration statement outside function body" */ fmt.Println(n)
}
