package main

import "fmt"

// A session table that only ever holds the 40 newest ids: each new id
// pushes the oldest one out.
func main() {
	sessions := make(map[int]string)
	for id := 0; id < 2000; id++ {
		sessions[id] = "open"
		if id >= 40 {
			delete(sessions, id-40)
		}
	}
	fmt.Println(len(sessions), "ids")
}
