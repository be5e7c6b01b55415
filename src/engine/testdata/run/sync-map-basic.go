package main

import (
	"fmt"
	"sort"
	"sync"
)

// sync.Map's Range order is unspecified: collect and sort.
func main() {
	var m sync.Map
	m.Store("b", 2)
	m.Store("a", 1)
	m.Store("c", 3)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	actual, loaded := m.LoadOrStore("a", 100)
	fmt.Println(actual, loaded)
	actual, loaded = m.LoadOrStore("d", 4)
	fmt.Println(actual, loaded)
	m.Delete("b")
	old, loaded := m.LoadAndDelete("c")
	fmt.Println(old, loaded)
	_, ok = m.Load("b")
	fmt.Println(ok)
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
}
