package main

import "fmt"

func main() {
	m := map[string]int{"b": 2, "a": 1}
	fmt.Println("hello", m)
}
