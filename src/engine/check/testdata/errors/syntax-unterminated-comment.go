package main

import "fmt"

// Rule: a general comment must be closed.

func main() {
	fmt.Println("hi")
}

/* ERROR "comment not terminated" */ /* the end
