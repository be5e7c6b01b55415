package main

import (
	"fmt"
	/* ERROR "package fmtx is not in std" */ "fmtx"
)

// Rule: an import path must name a package that exists.

func main() {
	fmt.Println("hi")
}
