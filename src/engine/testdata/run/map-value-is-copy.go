package main

import "fmt"

func main() {
	m := map[string][2]int{"a": {1, 2}}
	arr := m["a"]
	arr[0] = 100
	fmt.Println(m, arr)
	m2 := m
	m2["b"] = [2]int{3, 4}
	fmt.Println(len(m), len(m2))
	change(m)
	fmt.Println(m["a"])
}

// A map value is a reference: the callee changes the caller's map.
func change(m map[string][2]int) {
	m["a"] = [2]int{-1, -1}
}
