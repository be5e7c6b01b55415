package main

import (
	"fmt"
	"sync"
)

// Rule: every name must be declared before use — variables, package members, fields and methods.

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func main() {
	var c Counter
	/* ERROR "undefined: wg" */ wg.Wait()
	fmt./* ERROR "undefined: fmt.Foo" */ Foo("x")
	c./* ERROR "c.Add undefined \(type Counter has no field or method Add\)" */ Add(1)
	c.mu./* ERROR "c.mu.lock undefined \(type sync.Mutex has no field or method lock, but does have method Lock\)" */ lock()
	/* ERROR "undefined: counter" */ counter++
	fmt.Println(c./* ERROR "c.count undefined \(type Counter has no field or method count\)" */ count)
}
