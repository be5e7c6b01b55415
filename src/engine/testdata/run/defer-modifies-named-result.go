package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("recovered: " + fmt.Sprint(r))
		}
	}()
	return a / b, nil
}

func main() {
	fmt.Println(double())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
}
