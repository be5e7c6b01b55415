package main

import (
	"fmt"
	"sync"
)

// Rule: embedding T promotes T's value methods to the outer value and T's pointer methods only to
// the outer pointer; embedding *T promotes both to the outer value.

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return fmt.Sprint(c.n)
}

type ByValue struct {
	Counter
}

type ByPointer struct {
	*Counter
}

func show(s fmt.Stringer) { fmt.Println(s.String()) }

func main() {
	bp := ByPointer{&Counter{}}
	show(bp)
	bv := &ByValue{}
	show(bv)
	var plain ByValue
	show(/* ERROR "cannot use plain \(variable of type ByValue\) as fmt.Stringer value in argument to show: ByValue does not implement fmt.Stringer \(method String has pointer receiver\)" */ plain)
}
