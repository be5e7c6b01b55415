package main

import (
	"sync"
	"sync/atomic"
)

type Stats struct {
	hits atomic.Int64
}

type Guarded struct {
	sync.Mutex
	v int
}

type Safe struct {
	mu *sync.Mutex
}

func (s Stats) Hits() int64 { return s.hits.Load() }

func (g Guarded) Get() int { return g.v }

func (s Safe) Get() int { return 0 }

func (g *Guarded) Ptr() int { return g.v }

func take(a, b Stats, n int, wg sync.WaitGroup, once *sync.Once) {}

func make2() Guarded { return Guarded{} }

func fresh() *Guarded { return &Guarded{} }

func copyOf(g *Guarded) Guarded {
	return *g
}

func main() {
	f := func(m sync.Mutex, arr [2]sync.RWMutex) {}
	_ = f
	g := make2()
	h := *fresh()
	_, _ = g, h
	var st Stats
	take(st, Stats{}, 1, sync.WaitGroup{}, nil)
}
