package main

import "fmt"

// Keys of interface type are sorted first by kind, then by value within a kind.
func main() {
	m := map[interface{}]string{
		"b": "str", 2: "int", "a": "str", 1: "int", 1.5: "float", true: "bool", false: "bool",
	}
	fmt.Println(m)
	type K struct{ A, B int }
	sk := map[K]int{{2, 1}: 1, {1, 9}: 2, {1, 2}: 3}
	fmt.Println(sk)
	ak := map[[2]string]int{{"b", "a"}: 1, {"a", "z"}: 2}
	fmt.Println(ak)
}
