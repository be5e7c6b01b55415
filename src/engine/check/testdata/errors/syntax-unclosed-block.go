package main

import "fmt"

// Rule: every block must be closed before the file ends. (This file ends without a final
// newline, so the EOF error sits on the last line, right after the marker.)

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(i)
	}
/* ERROR "syntax error: unexpected EOF, expected }" */