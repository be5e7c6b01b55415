package main

import (
	"errors"
	"fmt"
)

var (
	ErrBase  = errors.New("base failure")
	ErrOther = errors.New("file does not exist")
)

func main() {
	e1 := fmt.Errorf("layer one: %w", ErrBase)
	e2 := fmt.Errorf("layer two: %w", e1)
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, ErrBase), errors.Is(e2, ErrOther))
	fmt.Println(errors.Unwrap(e2) == e1, errors.Unwrap(errors.Unwrap(e2)) == ErrBase, errors.Unwrap(ErrBase))
	e3 := fmt.Errorf("not wrapped: %v", ErrBase)
	fmt.Println(e3, errors.Is(e3, ErrBase), errors.Unwrap(e3))
	multi := fmt.Errorf("both: %w and %w", ErrBase, ErrOther)
	fmt.Println(multi, errors.Is(multi, ErrOther))
}
