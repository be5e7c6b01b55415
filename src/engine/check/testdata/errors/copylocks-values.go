package main

import (
	"fmt"
	"sync"
)

// Rule (go vet copylocks): every way of copying a lock is reported — a var declaration, a
// dereference passed by value, an array of mutexes (vet names the element), a sync.Map, a
// WaitGroup inside a struct, even passing a value to fmt.Println.

type Shard struct {
	mu sync.Mutex
	m  map[string]int
}

type Jobs struct {
	wg    sync.WaitGroup
	count int
}

func size(s Shard) int { return len(s.m) } // WARNING "size passes lock by value: main.Shard contains sync.Mutex"

func main() {
	a := Shard{m: map[string]int{}}
	var b = /* WARNING "variable declaration copies lock value to b: main.Shard contains sync.Mutex" */ a
	p := &a
	fmt.Println(size(/* WARNING "call of size copies lock value: main.Shard contains sync.Mutex" */ *p), len(b.m))
	var locks [4]sync.Mutex
	c := /* WARNING "assignment copies lock value to c: sync.Mutex" */ locks
	var cache sync.Map
	d := /* WARNING "assignment copies lock value to d: sync.Map contains sync.Mutex" */ cache
	var j Jobs
	k := /* WARNING "assignment copies lock value to k: main.Jobs contains sync.WaitGroup contains sync.noCopy" */ j
	fmt.Println(len(c), /* WARNING "call of fmt.Println copies lock value: sync.Map contains sync.Mutex" */ d, k.count)
}
