package main

import "fmt"

// Rule: when two embedded types at the same depth both provide a name, using it is ambiguous;
// a name at a shallower depth wins.

type Reader struct{ Name string }

type Writer struct{ Name string }

type Pipe struct {
	Reader
	Writer
}

type Named struct {
	Pipe
	Name string
}

func main() {
	var p Pipe
	fmt.Println(p./* ERROR "ambiguous selector p.Name" */ Name)
	fmt.Println(p.Reader.Name)
	var n Named
	fmt.Println(n.Name)
}
