package main

import "fmt"

type Pair struct {
	K string
	V int
}

func main() {
	a := [3]int{1, 2, 3}
	b := [...]int{1, 2, 3}
	fmt.Println(a == b, len(b))
	b[2] = 4
	fmt.Println(a == b, a != b)
	p := Pair{"a", 1}
	q := Pair{K: "a", V: 1}
	fmt.Println(p == q, p == Pair{"a", 2})
	var e1, e2 interface{} = p, q
	fmt.Println(e1 == e2)
}
