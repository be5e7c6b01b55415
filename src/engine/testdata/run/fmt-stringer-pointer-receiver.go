package main

import "fmt"

type Name struct{ first, last string }

func (n *Name) String() string { return n.first + " " + n.last }

// String has a pointer receiver: only *Name is a Stringer, so a Name value prints its fields.
func main() {
	n := Name{"Ada", "Lovelace"}
	fmt.Println(n)
	fmt.Println(&n)
	fmt.Printf("%v %s\n", []*Name{&n}, []Name{n})
}
