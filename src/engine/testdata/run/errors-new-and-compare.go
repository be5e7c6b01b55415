package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func find(k string) error {
	if k == "" {
		return ErrNotFound
	}
	return nil
}

func main() {
	err := find("")
	fmt.Println(err, err == ErrNotFound)
	fmt.Println(errors.New("not found") == ErrNotFound)
	fmt.Println(find("x") == nil)
	fmt.Printf("%v %q %T\n", err, err, err)
}
