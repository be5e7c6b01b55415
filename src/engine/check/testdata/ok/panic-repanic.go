package main

import (
	"errors"
	"fmt"
)

// recover returns the panic value; a handler can convert known panics into errors and
// re-panic on the rest. Panicking with an error value keeps it inspectable.
var errBadInput = errors.New("bad input")

func mustPositive(n int) int {
	if n <= 0 {
		panic(fmt.Errorf("mustPositive(%d): %w", n, errBadInput))
	}
	return n
}

func safe(n int) (result int, err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if e, ok := r.(error); ok && errors.Is(e, errBadInput) {
			err = e
			return
		}
		panic(r)
	}()
	return mustPositive(n), nil
}

func main() {
	fmt.Println(safe(3))
	fmt.Println(safe(-1))
}
