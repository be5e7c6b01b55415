package main

import (
	"fmt"
	"sync"
)

// Rule (go vet copylocks): assigning a value that contains a lock copies the lock; so do range
// variables, composite literals built from such a value, and returning one. A type that embeds
// a lock has Lock and Unlock itself, so vet names the type alone, without "contains".

type Cache struct {
	sync.RWMutex
	items map[string]string
}

type Pair struct {
	a, b Cache
}

func snapshot(c *Cache) Cache {
	return /* WARNING "return copies lock value: main.Cache" */ *c
}

func main() {
	c := Cache{items: map[string]string{}}
	d := /* WARNING "assignment copies lock value to d: main.Cache" */ c
	caches := []Cache{{}, {}}
	for _, /* WARNING "range var v copies lock: main.Cache" */ v := range caches {
		fmt.Println(len(v.items))
	}
	p := Pair{a: /* WARNING "literal copies lock value from c: main.Cache" */ c}
	s := snapshot(&c)
	fmt.Println(d.items, p.a.items, s.items)
}
