package main

import "fmt"

// Reading, ranging over and deleting from a nil map are all fine.
func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	v, ok := m["y"]
	fmt.Println(v, ok)
	for k := range m {
		fmt.Println("never", k)
	}
	delete(m, "z")
	fmt.Println(m)
}
