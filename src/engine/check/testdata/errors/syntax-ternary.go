package main

import "fmt"

// Rule: Go has no ?: operator. The scanner rejects the character, and the parser then finds
// the statement over before "big".

func main() {
	n := 3
	s := n > 2 /* ERROR "invalid character U\+003F '\?'" */ ? /* ERROR "syntax error: unexpected literal \"big\" at end of statement" */ "big" : "small"
	fmt.Println(s)
}
