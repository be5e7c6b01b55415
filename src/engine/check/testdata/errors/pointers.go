package main

import "fmt"

// Rule: only pointers can be dereferenced, and only addressable operands can have their address taken.

func next() int { return 1 }

func main() {
	n := 3
	fmt.Println(*/* ERROR "invalid operation: cannot indirect n \(variable of type int\)" */ n)
	p := &/* ERROR "invalid operation: cannot take address of next\(\) \(value of type int\)" */ next()
	q := &/* ERROR "invalid operation: cannot take address of 5 \(untyped int constant\)" */ 5
	fmt.Println(p, q)
}
