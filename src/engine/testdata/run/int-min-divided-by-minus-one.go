package main

import (
	"fmt"
	"math"
)

// MinInt64 / -1 overflows; Go defines the result as MinInt64 (and the remainder as 0), no panic.
func main() {
	x := int64(math.MinInt64)
	y := int64(-1)
	fmt.Println(x/y, x%y)
	var a int8 = -128
	var b int8 = -1
	fmt.Println(a/b, a%b)
}
