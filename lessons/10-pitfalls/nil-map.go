package main

import "fmt"

type Registry struct {
	byName map[string]int
}

func main() {
	var r Registry // byName is nil: reading works, writing panics
	fmt.Println(r.byName["x"], len(r.byName))
	r.byName["x"] = 1
	fmt.Println("never printed")
}
