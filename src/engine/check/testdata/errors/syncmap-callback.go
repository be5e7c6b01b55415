package main

import (
	"fmt"
	"sync"
)

// Rule: a function value must have exactly the parameter types expected: sync.Map.Range
// calls back with (key, value any), not with the types you stored.

func main() {
	var sm sync.Map
	sm.Store("a", 1)
	sm.Range(/* ERROR "cannot use func\(k string, v int\) bool {…} \(value of type func\(k string, v int\) bool\) as func\(key any, value any\) bool value in argument to sm.Range" */ func(k string, v int) bool {
		fmt.Println(k, v)
		return true
	})
	v, _ := sm.Load("a")
	fmt.Println(/* ERROR "invalid operation: v \+ 1 \(mismatched types any and int\)" */ v + 1)
}
