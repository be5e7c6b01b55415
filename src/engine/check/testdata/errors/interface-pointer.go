package main

import "fmt"

// Rule: a pointer to an interface has no methods; pass the interface value itself.
// A type assertion needs an interface operand.

type Store interface {
	Get(key string) int
}

func use(s *Store, n int) {
	fmt.Println(s./* ERROR "s.Get undefined \(type \*Store is pointer to interface, not interface\)" */ Get("a"))
	_ = /* ERROR "invalid operation: n \(variable of type int\) is not an interface" */ n.(int)
}

func main() {
	use(nil, 1)
}
