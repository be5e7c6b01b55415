package main

import "fmt"

// Rule: constants must fit the type they are used as, are exact, and cannot be assigned to.

const big = 1 << 100

const limit = 10

func main() {
	var b byte = /* ERROR "cannot use 256 \(untyped int constant\) as byte value in variable declaration \(overflows\)" */ 256
	var n int = /* ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)" */ big
	small := int8(/* ERROR "constant 200 overflows int8" */ 200)
	fmt.Println(b, n, small, 7 / /* ERROR "invalid operation: division by zero" */ 0)
	/* ERROR "cannot assign to limit \(neither addressable nor a map index expression\)" */ limit = 11
	var u uint = /* ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)" */ -1
	fmt.Println(u)
}
