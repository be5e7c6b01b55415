package main

import (
	"sync"
)

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	var wg sync.WaitGroup
	mu.Lock()
	rw.Lock()
	wg.Add(3)
	go func() { mu.Lock() }()
	go func() { rw.RLock() }()
	go func() { rw.Lock() }()
	c := sync.NewCond(&mu)
	_ = c
	ch := make(chan int)
	go func() { ch <- 1 }()
	go func() { select {} }()
	wg.Wait()
}
