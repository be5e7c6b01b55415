package main

import "fmt"

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

// Deferred call arguments are evaluated at the defer statement, the call runs at return.
func main() {
	x := 1
	defer fmt.Println("x at defer time:", x)
	defer func() { fmt.Println("x in closure:", x) }()
	x = 2
	defer un(trace("a"))
	fmt.Println("in main")
}
