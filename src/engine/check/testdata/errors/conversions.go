package main

import (
	"fmt"
	"time"
)

// Rule: a conversion T(x) is allowed only between compatible types; strconv converts text to numbers.

func main() {
	n := int(/* ERROR "cannot convert \"5\" \(untyped string constant\) to type int" */ "5")
	f := 2.5
	d := time.Duration(f) * time.Second
	time.Sleep(/* ERROR "cannot use 1.5 \(untyped float constant\) as time.Duration value in argument to time.Sleep \(truncated\)" */ 1.5)
	var i int = /* ERROR "cannot use f \(variable of type float64\) as int value in variable declaration" */ f
	k := 7
	b := bool(/* ERROR "cannot convert k \(variable of type int\) to type bool" */ k)
	fmt.Println(n, d, i, b)
}
