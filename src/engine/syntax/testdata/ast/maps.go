package main

func main() {
	m := make(map[string]int)
	m["a"] = 1
	v, ok := m["a"]
	delete(m, "a")
	nested := map[string]map[int][]string{"x": {1: {"a", "b"}}}
	for k, v := range m {
		_, _ = k, v
	}
	clear(m)
	_, _, _ = v, ok, nested
}
