package main

import (
	"fmt"
	"sync"
)

// Rule (go vet copylocks): vet reports copies it can see in assignments, declarations, calls,
// returns, ranges and literals — including a value received from a channel. Lines here without a
// marker are ones vet stays silent about (a send on a channel, a call's fresh result, pointers),
// and the lab must not warn where vet does not.

type Counter struct {
	mu sync.Mutex
	n  int
}

func fresh() Counter { return Counter{} }

func main() {
	c := Counter{}
	p := &c
	q := &Counter{}
	*q = /* WARNING "assignment copies lock value to \*q: main.Counter contains sync.Mutex" */ c
	_ = /* WARNING "assignment copies lock value to _: main.Counter contains sync.Mutex" */ c
	ch := make(chan Counter, 1)
	ch <- c
	got := /* WARNING "assignment copies lock value to got: main.Counter contains sync.Mutex" */ <-ch
	m := map[string]Counter{}
	for k, /* WARNING "range var v copies lock: main.Counter contains sync.Mutex" */ v := range m {
		fmt.Println(k, v.n)
	}
	f := fresh()
	ptrs := []*Counter{p, q}
	for _, cp := range ptrs {
		cp.n++
	}
	fmt.Println(got.n, f.n, p.n)
}
