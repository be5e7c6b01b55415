package main

import "fmt"

// Deleting entries during range is allowed; clear empties a map in one call.
func main() {
	sessions := map[string]int{"a": 5, "b": 0, "c": 2, "d": 0}
	for id, ttl := range sessions {
		if ttl == 0 {
			delete(sessions, id)
		}
	}
	fmt.Println(len(sessions))
	clear(sessions)
	fmt.Println(len(sessions), sessions == nil)
	sessions["new"] = 1
	fmt.Println(sessions)
}
