package main

import "fmt"

// Rule: a value must be assignable to the type of its destination, whatever the kind of assignment.

type Counter struct {
	n int
}

func double(n int) int {
	return n * 2
}

func label() int {
	return /* ERROR "cannot use \"x\" \(untyped string constant\) as int value in return statement" */ "x"
}

func main() {
	var n int
	n = /* ERROR "cannot use \"a\" \(untyped string constant\) as int value in assignment" */ "a"
	var s string = /* ERROR "cannot use 1 \(untyped int constant\) as string value in variable declaration" */ 1
	fmt.Println(double(/* ERROR "cannot use s \(variable of type string\) as int value in argument to double" */ s))
	hits := map[string]int{}
	hits["home"] = /* ERROR "cannot use \"many\" \(untyped string constant\) as int value in assignment" */ "many"
	c := Counter{n: /* ERROR "cannot use \"zero\" \(untyped string constant\) as int value in struct literal" */ "zero"}
	ch := make(chan int, 1)
	ch <- /* ERROR "cannot use \"ping\" \(untyped string constant\) as int value in send" */ "ping"
	fmt.Println(n, c, label())
}
