package main

import (
	"fmt"
	"time"
)

// Rule: binary operands must have identical types (after untyped constants take the other side's type).

func main() {
	n := 3
	s := "hits"
	fmt.Println(/* ERROR "invalid operation: n \+ s \(mismatched types int and string\)" */ n + s)
	time.Sleep(/* ERROR "invalid operation: n \* time.Millisecond \(mismatched types int and time.Duration\)" */ n * time.Millisecond)
	var total int64
	fmt.Println(total > /* ERROR "invalid operation: total > n \(mismatched types int64 and int\)" */ n)
	fmt.Println(!/* ERROR "invalid operation: operator ! not defined on n \(variable of type int\)" */ n)
	fmt.Println(/* ERROR "invalid operation: operator - not defined on s \(variable of type string\)" */ s - "s")
}
