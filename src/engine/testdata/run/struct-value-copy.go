package main

import "fmt"

type Point struct{ X, Y int }

func move(p Point) Point {
	p.X += 10
	return p
}

// Assigning or passing a struct copies every field.
func main() {
	a := Point{1, 2}
	b := a
	b.X = 99
	c := move(a)
	fmt.Println(a, b, c)
	pa := &a
	pa.Y = 7
	fmt.Println(a, *pa)
}
