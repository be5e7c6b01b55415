package main

import "fmt"

func main() {
	var a, b any = 1, 1
	fmt.Println(a == b)
	a, b = 1, int64(1)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b)
	a, b = []int{1}, []int{1}
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(a == b)
}
