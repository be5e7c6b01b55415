package main

import "fmt"

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return fmt.Sprintf("key %q not found", e.Key) }

func lookup(m map[string]int, k string) int {
	v, ok := m[k]
	if !ok {
		panic(&NotFound{k})
	}
	return v
}

func main() {
	m := map[string]int{"a": 1}
	fmt.Println(lookup(m, "a"))
	fmt.Println(lookup(m, "b"))
}
