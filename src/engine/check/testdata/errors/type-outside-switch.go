package main

import "fmt"

// Rule: x.(type) exists only in the header of a type switch. gc parses it anywhere and the
// type checker rejects it, with this odd wording.

func main() {
	var v any = 1
	t := /* ERROR "invalid syntax tree: use of .\(type\) outside type switch" */ v.(type)
	fmt.Println(t)
}
