package main

import (
	"fmt"
	"sync"
)

// The same map shared by goroutines, fixed three ways side by side: a mutex, a sync.Map, and an
// owner goroutine. Each version checks clean; only the unprotected one would crash.
type lockedMap struct {
	mu sync.Mutex
	m  map[int]int
}

func (l *lockedMap) inc(k int) {
	l.mu.Lock()
	l.m[k]++
	l.mu.Unlock()
}

func main() {
	const workers, perWorker = 4, 250
	var wg sync.WaitGroup

	lm := &lockedMap{m: map[int]int{}}
	var sm sync.Map
	updates := make(chan int)
	owned := map[int]int{}
	ownerDone := make(chan struct{})
	go func() {
		for k := range updates {
			owned[k]++
		}
		close(ownerDone)
	}()

	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range perWorker {
				k := (w*perWorker + i) % 10
				lm.inc(k)
				v, _ := sm.LoadOrStore(k, new(int))
				_ = v
				updates <- k
			}
		}()
	}
	wg.Wait()
	close(updates)
	<-ownerDone

	sumLocked, sumOwned := 0, 0
	for k := range 10 {
		sumLocked += lm.m[k]
		sumOwned += owned[k]
	}
	keys := 0
	sm.Range(func(_, _ any) bool { keys++; return true })
	fmt.Println(sumLocked, sumOwned, keys)
}
