package main

import (
	"fmt"
	"maps"
)

// maps.Clone gives a snapshot a reader can use after the lock is released.
func main() {
	live := map[string]int{"a": 1, "b": 2, "c": 3}
	snap := maps.Clone(live)
	live["d"] = 4
	fmt.Println(len(live), len(snap))
	extra := map[string]int{"e": 5, "a": 10}
	maps.Copy(snap, extra)
	fmt.Println(snap["a"], snap["e"])
	maps.DeleteFunc(snap, func(k string, v int) bool { return v%2 == 0 })
	fmt.Println(len(snap))
}
