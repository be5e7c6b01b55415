package main

import "fmt"

// Rule: a switch has at most one default case. (The type checker reports this, not the parser.)

func main() {
	n := 1
	switch n {
	default:
		fmt.Println("a")
	/* ERROR "multiple defaults \(first at .*:10:2\)" */ default:
		fmt.Println("b")
	}
}
