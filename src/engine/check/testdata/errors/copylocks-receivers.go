package main

import (
	"fmt"
	"sync"
)

// Rule (go vet copylocks): a value receiver copies the whole value, lock included, on every call;
// methods of a type holding a lock need pointer receivers. The same goes for function literals.
// Vet spells out the path to the lock, down to the noCopy marker inside sync.Once.

type RequestLog struct {
	mu      sync.Mutex
	entries []string
}

func (l /* WARNING "Len passes lock by value: main.RequestLog contains sync.Mutex" */ RequestLog) Len() int {
	return len(l.entries)
}

type Registry struct {
	once sync.Once
	m    sync.Map
}

func (r /* WARNING "Init passes lock by value: main.Registry contains sync.Once contains sync/atomic.Uint32 contains sync/atomic.noCopy" */ Registry) Init() {
	r.once.Do(func() { fmt.Println("init") })
}

func main() {
	var l RequestLog
	print := func(x /* WARNING "func passes lock by value: main.RequestLog contains sync.Mutex" */ RequestLog) {
		fmt.Println(len(x.entries))
	}
	print(/* WARNING "call of print copies lock value: main.RequestLog contains sync.Mutex" */ l)
	fmt.Println(l.Len())
	var r Registry
	r.Init()
}
