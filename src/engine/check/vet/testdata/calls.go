package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Add(other Counter) {}

func use(cs ...Counter) {}

func main() {
	var c Counter
	fmt.Println(c)
	fmt.Printf("%v %d\n", c, len([]Counter{}))
	c.Add(c)
	use(c, c)
	go use(c)
	defer fmt.Println(c)
	_ = new(Counter)
	s := append([]Counter{}, c)
	_ = len(s)
	_ = cap(s)
	p := &c
	fmt.Println(*p, p)
	fmt.Println((c))
	func(x Counter) {}(c)
}
