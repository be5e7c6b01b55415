package main

import (
	"fmt"
	"strconv"
)

// Rule: an expression used as a value must have exactly one value; a constant expression must be constant.

func logLine(s string) {
	fmt.Println(s)
}

func main() {
	n := /* ERROR "multiple-value strconv.Atoi\(\"1\"\) \(value of type \(int, error\)\) in single-value context" */ strconv.Atoi("1") + 1
	v := /* ERROR "logLine\(\"x\"\) \(no value\) used as value" */ logLine("x")
	const size = /* ERROR "len\(os\) \(value of type int\) is not constant" */ len(os)
	fmt.Println(n, v, size)
}

var os = []string{"linux"}

func grid(n int) {
	var cells [/* ERROR "invalid array length n" */ n]int
	fmt.Println(cells)
}
