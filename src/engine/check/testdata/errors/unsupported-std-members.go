package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Rule (lab): a few real Go 1.23 members of supported packages are left out of the lab (sync.Pool;
// atomic.Pointer, which is generic). Go accepts this file; the lab says "not supported" once per
// use site (not "undefined", which would be false), and nothing cascades from it.

func main() {
	var pool sync.Pool // UNSUPPORTED "not supported"
	pool.Put(1)
	var p atomic.Pointer[int] // UNSUPPORTED "not supported"
	fmt.Println(p.Load(), pool.Get())
}
