package main

import "fmt"

// Rule: := must declare at least one new variable on its left side.

func main() {
	count := 1
	count /* ERROR "no new variables on left side of :=" */ := 2
	a, b := 1, 2
	a, b /* ERROR "no new variables on left side of :=" */ := 3, 4
	a, c := 5, 6
	fmt.Println(count, a, b, c)
}
