package main

import "fmt"

func safe() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	panic("handled")
}

func main() {
	safe()
	fmt.Println("main continues")
	var m map[string]int
	m["late"] = 1
}
