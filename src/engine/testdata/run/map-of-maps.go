package main

import "fmt"

func main() {
	nested := map[string]map[string]int{}
	add := func(a, b string) {
		inner, ok := nested[a]
		if !ok {
			inner = map[string]int{}
			nested[a] = inner
		}
		inner[b]++
	}
	add("x", "p")
	add("x", "q")
	add("x", "p")
	add("y", "p")
	fmt.Println(nested, len(nested["x"]), nested["z"]["p"])
}
