package main

import "fmt"

// Rule: shifts need an integer operand and a non-negative integer count; constants must stay
// representable, and a float constant converts to an integer only if it is a whole number.
// (gc says "in assignment" for :=, and "in variable declaration" for var.)

func main() {
	var i int = /* ERROR "cannot use 2.5 \(untyped float constant\) as int value in variable declaration \(truncated\)" */ 2.5
	x := /* ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in assignment \(overflows\)" */ 1 << 70
	y := /* ERROR "invalid operation: shifted operand 1.5 \(untyped float constant\) must be integer" */ 1.5 << 2
	z := i << /* ERROR "invalid operation: negative shift count -1 \(untyped int constant\)" */ -1
	var f float32 = /* ERROR "cannot use 1e100 \(untyped float constant 1e\+100\) as float32 value in variable declaration \(overflows\)" */ 1e100
	fmt.Println(i, x, y, z, f)
}
