package main

import (
	"fmt"
	"sync"
)

type Registry struct {
	once sync.Once
	m    sync.Map
	cond *sync.Cond
}

type Wrapper Registry

func get(r *Registry) (Registry, error) {
	return *r, nil
}

func main() {
	var r Registry
	w := Wrapper(r)
	var rs [2]Registry
	rs2 := rs
	fmt.Println(w.cond, rs2[0].cond)
	var m sync.Map
	show := func(v any) { fmt.Println(v) }
	show(m)
	var mus []sync.Mutex = make([]sync.Mutex, 2)
	mu := mus[0]
	_ = mu
	var i interface{} = r
	_ = i
	ch := make(chan Registry, 1)
	ch <- r
	x, _ := get(&r)
	_ = x
	c := sync.NewCond(&sync.Mutex{})
	c2 := *c
	_ = c2
	var rw sync.RWMutex
	rlock := rw.RLocker()
	_ = rlock
}
