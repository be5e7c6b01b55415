package main

import (
	"fmt"
	"os"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(true)
	}()
	fmt.Fprintln(os.Stderr, "to stderr first")
	panic(1.5)
}
