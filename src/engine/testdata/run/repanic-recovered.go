package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		panic(fmt.Sprintf("second: %v", r))
	}()
	panic("first")
}
