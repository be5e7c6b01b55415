package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println("len", len(m))
	m["a"] = 1
	fmt.Println("not reached")
}
