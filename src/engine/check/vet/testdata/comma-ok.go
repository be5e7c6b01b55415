package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Get() int { return c.n }

func main() {
	m := map[string]Counter{}
	v, ok := m["k"]
	w := m["k"]
	var x any = &Counter{}
	p, ok2 := x.(*Counter)
	ch := make(chan Counter, 1)
	r, ok3 := <-ch
	r2 := <-ch
	var y any = w
	z := y.(Counter)
	get := (&v).Get
	fmt.Println(v.n, ok, w.n, p, ok2, r.n, ok3, r2.n, z.n, get())
	cs := []Counter{{}}
	for i := range cs {
		c := cs[i]
		_ = c.n
	}
	switch t := y.(type) {
	case Counter:
		fmt.Println(t.n)
	}
	select {
	case got := <-ch:
		fmt.Println(got.n)
	default:
	}
	arr := [2]Counter{}
	sl := arr[:]
	_ = sl
	f := func() Counter { return Counter{} }
	g := f()
	_ = g.n
}
