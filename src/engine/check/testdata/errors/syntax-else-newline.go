package main

import "fmt"

// Rule: else must follow the closing brace on the same line (a newline there ends the if statement).

func main() {
	n := 3
	if n > 2 {
		fmt.Println("big")
	}
	/* ERROR "syntax error: unexpected else, expected }" */ else {
		fmt.Println("small")
	}
}
