package main

import "fmt"

// Rule: map operations are typed like any other: keys for delete and index must be assignable
// to the key type, compound assignment needs matching element types, and comma-ok yields a bool.
// (gc puts a mismatched + at its left operand, but a mismatched comparison at its right one:
// see binary-ops.go.)

func main() {
	hits := map[string]int{"home": 1}
	delete(hits, /* ERROR "cannot use 1 \(untyped int constant\) as string value in argument to delete" */ 1)
	/* ERROR "invalid operation: hits\[\"home\"\] \+= \"x\" \(mismatched types int and untyped string\)" */ hits["home"] += "x"
	var v, found int
	v, found = /* ERROR "cannot use hits\[\"home\"\] \(untyped bool value\) as int value in assignment" */ hits["home"]
	for k, n := range hits {
		fmt.Println(/* ERROR "invalid operation: k \+ n \(mismatched types string and int\)" */ k + n)
	}
	fmt.Println(v, found)
}
