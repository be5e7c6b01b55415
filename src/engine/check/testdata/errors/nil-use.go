package main

import "fmt"

// Rule: nil has no type of its own; it is only the zero value of pointers, slices, maps,
// channels, functions and interfaces.

func main() {
	x := /* ERROR "use of untyped nil in assignment" */ nil
	n := 0
	fmt.Println(n == /* ERROR "invalid operation: n == nil \(mismatched types int and untyped nil\)" */ nil)
	var s string = /* ERROR "cannot use nil as string value in variable declaration" */ nil
	fmt.Println(x, s)
}
