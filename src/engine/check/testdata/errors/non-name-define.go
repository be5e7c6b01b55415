package main

import "fmt"

// Rule: := declares names; a field or an index on its left side is not a name.

type Stats struct {
	hits int
}

func main() {
	var s Stats
	/* ERROR "non-name s.hits on left side of :=" */ s.hits := 1
	fmt.Println(s)
}
