package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Rule: sync.Map, sync.Mutex and the atomic types are structs with methods, not built-in maps
// or numbers: no indexing, no len, no range, no arithmetic, and their fields are private.
// For hits + 1 gc tries to convert 1 to the operand's underlying struct type and spells that
// struct out, private fields and all (Go 1.23's layout of atomic.Int64).

func main() {
	var m sync.Map
	m/* ERROR "invalid operation: cannot index m \(variable of type sync.Map\)" */["a"] = 1
	fmt.Println(len(/* ERROR "invalid argument: m \(variable of type sync.Map\) for built-in len" */ m))
	for k := range /* ERROR "cannot range over m \(variable of type sync.Map\)" */ m {
		fmt.Println(k)
	}
	var hits atomic.Int64
	fmt.Println(hits + /* ERROR "cannot convert 1 \(untyped int constant\) to type struct{_ \"sync/atomic\".noCopy; _ \"sync/atomic\".align64; v int64}" */ 1)
	var mu sync.Mutex
	fmt.Println(mu./* ERROR "mu.state undefined \(cannot refer to unexported field state\)" */ state)
}
