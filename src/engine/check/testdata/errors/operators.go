package main

import "fmt"

// Rule: each operator is defined for some types only: % needs integers, * is not repetition for
// strings. Integer division by a constant zero is caught at compile time; a float variable divided
// by zero is legal (it gives +Inf), so that line has no marker.

func main() {
	f := 2.5
	fmt.Println(/* ERROR "invalid operation: operator % not defined on f \(variable of type float64\)" */ f % 2)
	fmt.Println(/* ERROR "invalid operation: \"ab\" \* 3 \(mismatched types untyped string and untyped int\)" */ "ab" * 3)
	fmt.Println(f / 0)
	n := 7
	fmt.Println(n / /* ERROR "invalid operation: division by zero" */ 0)
	ok := true
	fmt.Println(/* ERROR "invalid operation: operator \+ not defined on ok \(variable of type bool\)" */ ok + ok)
	fmt.Println(/* ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in argument to fmt.Println \(overflows\)" */ 1 << 70)
}
