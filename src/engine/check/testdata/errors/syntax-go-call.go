package main

import "fmt"

// Rule: go and defer take a function call, not a function value.

func work() { fmt.Println("work") }

func main() {
	go /* ERROR "expression in go must be function call" */ work
	defer /* ERROR "expression in defer must be function call" */ work
}
