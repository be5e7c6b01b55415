package main

import "fmt"

// Rule: elements of a composite literal on one line are separated by commas.

func main() {
	m := map[string]int{"a": 1 /* ERROR "syntax error: unexpected literal \"b\" in composite literal; possibly missing comma or }" */ "b": 2}
	fmt.Println(m)
}
