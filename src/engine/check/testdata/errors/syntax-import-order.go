package main

var limit = 3

// Rule: imports come right after the package clause, before any other declaration.

/* ERROR "syntax error: imports must appear before other declarations" */ import "fmt"

func main() {
	fmt.Println(limit)
}
