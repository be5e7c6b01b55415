package main

import "fmt"

// Rule: a struct literal names existing fields, either all by name or all by position, and
// positional literals give every field.

type Point struct {
	X, Y int
}

func main() {
	a := Point{X: 1, /* ERROR "unknown field Z in struct literal of type Point" */ Z: 2}
	b := Point{X: 1, /* ERROR "mixture of field:value and value elements in struct literal" */ 2}
	c := Point{1 /* ERROR "too few values in struct literal of type Point" */}
	d := Point{1, 2, /* ERROR "too many values in struct literal of type Point" */ 3}
	fmt.Println(a, b, c, d)
}
