package main

import "fmt"

// Deleting entries during range is allowed; deleted entries not yet reached are not produced.
func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	visited := 0
	for k := range m {
		visited++
		delete(m, k)
	}
	fmt.Println(visited, len(m))
	for i := 0; i < 10; i++ {
		m[i] = i
	}
	for k, v := range m {
		if v%2 == 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m), m)
}
