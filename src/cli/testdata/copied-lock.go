package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func report(c counter) {
	fmt.Println(len(c.n))
}

func main() {
	c := counter{n: map[string]int{}}
	report(c)
}
