package main

import "fmt"

// Rule: a type is not a value; a map needs make or a composite literal to exist.

type Registry map[string]int

func main() {
	counts := /* ERROR "map\[string\]int \(type\) is not an expression" */ map[string]int
	r := /* ERROR "Registry \(type\) is not an expression" */ Registry
	fmt.Println(counts, r)
}
