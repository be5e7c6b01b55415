package main

import "fmt"

// Rule: only declarations may appear at package level; statements belong in function bodies.

var counts = map[string]int{}

/* ERROR "syntax error: non-declaration statement outside function body" */ counts["a"] = 1

func main() {
	fmt.Println(counts)
}
