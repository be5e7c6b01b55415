package main

import (
	"fmt"
	"sync"
)

// Compute each key's value at most once: a map of *entry, each with its own sync.Once.
type entry struct {
	once  sync.Once
	value int
}

type Memo struct {
	mu      sync.Mutex
	entries map[int]*entry
	calls   int
}

func (m *Memo) Get(n int) int {
	m.mu.Lock()
	e, ok := m.entries[n]
	if !ok {
		e = &entry{}
		m.entries[n] = e
	}
	m.mu.Unlock()
	e.once.Do(func() {
		m.mu.Lock()
		m.calls++
		m.mu.Unlock()
		e.value = n * n
	})
	return e.value
}

func main() {
	memo := &Memo{entries: map[int]*entry{}}
	var wg sync.WaitGroup
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			memo.Get(i % 3)
		}(i)
	}
	wg.Wait()
	fmt.Println(memo.Get(2), memo.calls)
}
