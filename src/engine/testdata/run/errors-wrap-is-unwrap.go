package main

import (
	"errors"
	"fmt"
	"io/fs"
)

var ErrBase = errors.New("base failure")

func main() {
	e1 := fmt.Errorf("layer one: %w", ErrBase)
	e2 := fmt.Errorf("layer two: %w", e1)
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, ErrBase), errors.Is(e2, fs.ErrNotExist))
	fmt.Println(errors.Unwrap(e2) == e1, errors.Unwrap(errors.Unwrap(e2)) == ErrBase, errors.Unwrap(ErrBase))
	e3 := fmt.Errorf("not wrapped: %v", ErrBase)
	fmt.Println(e3, errors.Is(e3, ErrBase), errors.Unwrap(e3))
	multi := fmt.Errorf("both: %w and %w", ErrBase, fs.ErrNotExist)
	fmt.Println(multi, errors.Is(multi, fs.ErrNotExist))
}
