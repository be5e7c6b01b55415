package main

import "fmt"

// Rule: main and init take no arguments and return nothing, and init cannot be called.

func init() {
	fmt.Println("init")
}

func /* ERROR "func main must have no arguments and no return values" */ main(args []string) int {
	/* ERROR "undefined: init" */ init()
	return len(args)
}
