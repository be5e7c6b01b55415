package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	fmt.Println(len(m))
	delete(m, "b")
	delete(m, "nope")
	fmt.Println(len(m), m)
	m["a"] = 10
	m["d"] = 4
	fmt.Println(len(m), m)
	var nilMap map[string]int
	delete(nilMap, "x")
	fmt.Println(len(nilMap), "delete on nil map is a no-op")
}
