package main

import (
	"fmt"
	"sync"
)

// Rule: methods may be declared only on named types defined in this package.

func (/* ERROR "cannot define new methods on non-local type int" */ n int) Double() int { return n * 2 }

func (/* ERROR "cannot define new methods on non-local type sync.WaitGroup" */ wg *sync.WaitGroup) Reset() {}

func (/* ERROR "invalid receiver type map\[string\]int" */ m map[string]int) Len() int { return len(m) }

type Stats struct {
	hits int
}

func (s Stats) /* ERROR "field and method with the same name hits" */ hits() int { return 0 }

func main() {
	fmt.Println(Stats{})
}
