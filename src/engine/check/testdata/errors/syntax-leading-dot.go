package main

import (
	"fmt"
	"strings"
)

// Rule: a line break ends a statement after a name, so a method chain must break after the dot,
// never before it.

func main() {
	n := strings
		/* ERROR "syntax error: unexpected \., expected }" */ .Count("cheese", "e")
	fmt.Println(n)
}
