package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Rule: std functions are ordinary functions with fixed signatures: argument counts and types
// are checked as for any call, and a local name can shadow a built-in. Arguments of a call to a
// non-function are not checked, so parts is never used.

func main() {
	err := errors.New("x", /* ERROR "too many arguments in call to errors.New\n\thave \(string, number\)\n\twant \(string\)" */ 1)
	s := strconv.Itoa(/* ERROR "cannot use int64\(1\) \(constant 1 of type int64\) as int value in argument to strconv.Itoa" */ int64(1))
	/* ERROR "declared and not used: parts" */ parts := strings.Split(/* ERROR "not enough arguments in call to strings.Split\n\thave \(string\)\n\twant \(string, string\)" */ "a,b")
	sort.Ints(/* ERROR "cannot use map\[string\]int{} \(value of type map\[string\]int\) as \[\]int value in argument to sort.Ints" */ map[string]int{})
	len := 3
	fmt.Println(/* ERROR "invalid operation: cannot call non-function len \(variable of type int\)" */ len(parts), err, s)
}
