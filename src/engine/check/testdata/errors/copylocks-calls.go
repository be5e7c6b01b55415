package main

import (
	"fmt"
	"sync"
)

// Rule (go vet copylocks): a value containing a lock must not be copied into a call's arguments,
// and a function must not take one by value. Vet names the lock found inside the type.

type Counter struct {
	mu sync.Mutex
	n  int
}

func show(c /* WARNING "show passes lock by value: main.Counter contains sync.Mutex" */ Counter) {
	fmt.Println(c.n)
}

func worker(id int, wg /* WARNING "worker passes lock by value: sync.WaitGroup contains sync.noCopy" */ sync.WaitGroup) {
	defer wg.Done()
	fmt.Println(id)
}

func main() {
	var c Counter
	show(/* WARNING "call of show copies lock value: main.Counter contains sync.Mutex" */ c)
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(1, /* WARNING "call of worker copies lock value: sync.WaitGroup contains sync.noCopy" */ wg)
	wg.Wait()
}
