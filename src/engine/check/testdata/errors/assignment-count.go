package main

import (
	"fmt"
	"strconv"
)

// Rule: the number of values must match the number of variables, and of results.

func one() int { return 1 }

func parse(s string) (int, error) {
	if s == "" {
		/* ERROR "not enough return values\n\thave \(\)\n\twant \(int, error\)" */ return
	}
	n, err := strconv.Atoi(s)
	return n, err, /* ERROR "too many return values" */ nil
}

func main() {
	a, b := /* ERROR "assignment mismatch: 2 variables but one returns 1 value" */ one()
	x, y := /* ERROR "assignment mismatch: 2 variables but 1 value" */ 1
	var p, q int
	p, q = /* ERROR "assignment mismatch: 2 variables but 3 values" */ 1, 2, 3
	n := /* ERROR "assignment mismatch: 1 variable but strconv.Atoi returns 2 values" */ strconv.Atoi("7")
	fmt.Println(a, b, x, y, p, q, n)
}
