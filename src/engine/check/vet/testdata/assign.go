package main

import "sync"

type Counter struct {
	mu sync.Mutex
	n  int
}

func main() {
	var c Counter
	d := c
	d = c
	var e = c
	var f, g Counter = c, (c)
	_ = c
	p := &c
	h := *p
	m := map[string]Counter{}
	m["a"] = c
	arr := [3]Counter{}
	i := 0
	arr[i+1] = c
	type holder struct{ c Counter }
	var x holder
	x.c = c
	_, _, _, _, _, _ = d, e, f, g, h, x
}
