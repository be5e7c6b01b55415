package main

import "fmt"

// The builtin println writes to stderr with its own formatting (floats in exponent form).
func main() {
	fmt.Println("stdout line")
	println("builtin", 42, true, 1.5, "x")
	print("no newline", 3, "\n")
	var p *int
	println(p == nil, nil == p, -7, uint8(200))
}
