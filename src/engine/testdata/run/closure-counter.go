package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

// Each closure has its own captured n.
func main() {
	a, b := counter(), counter()
	fmt.Println(a(), a(), a(), b())
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
}
