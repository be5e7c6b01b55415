package main

import (
	"errors"
	"fmt"
)

func main() {
	inner := errors.New("disk full")
	panic(fmt.Errorf("saving file: %w", inner))
}
