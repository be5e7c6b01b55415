package main

import "fmt"

func main() {
	m := map[string]int{"zero": 0, "one": 1}
	v, ok := m["zero"]
	fmt.Println(v, ok)
	v, ok = m["two"]
	fmt.Println(v, ok)
	fmt.Println(m["missing"])
	if n, found := m["one"]; found {
		fmt.Println("found", n)
	}
	_, present := m["zero"]
	fmt.Println(present)
}
