package main

import (
	"fmt"
	"sync"
)

// Rule: a pointer method needs an addressable receiver (Go takes its address implicitly);
// map elements and composite literal values are not addressable.

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
	counters := map[string]Counter{}
	counters["a"]./* ERROR "cannot call pointer method Inc on Counter" */ Inc()
	var c Counter
	c.Inc()
	ptrs := map[string]*Counter{"a": {}}
	ptrs["a"].Inc()
	fmt.Println(c.n, ptrs["a"].n)
}
