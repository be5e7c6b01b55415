package main

import "fmt"

// Rule: go and defer take a function call, not a function value. gc words this without
// "syntax error:" and goes on to type-check the file, reporting type errors alongside.

func work() { fmt.Println("work") }

func main() {
	go /* ERROR "expression in go must be function call" */ work
	defer /* ERROR "expression in defer must be function call" */ work
}
