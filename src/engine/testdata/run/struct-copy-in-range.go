package main

import "fmt"

type Item struct {
	Name  string
	Count int
}

// The range value is a copy: changing it does not change the slice element.
func main() {
	items := []Item{{"a", 1}, {"b", 2}}
	for _, it := range items {
		it.Count *= 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].Count *= 10
	}
	fmt.Println(items)
	m := map[string]Item{"x": {"x", 1}}
	for k, v := range m {
		v.Count = 99
		fmt.Println(k, v, m[k])
	}
}
