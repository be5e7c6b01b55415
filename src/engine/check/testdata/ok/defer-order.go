package main

import (
	"fmt"
	"sync"
)

// Deferred calls run last-in first-out, and their arguments are evaluated when defer runs.
type tracer struct {
	mu    sync.Mutex
	steps []string
}

func (t *tracer) log(s string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.steps = append(t.steps, s)
}

func work(t *tracer) (result int) {
	defer t.log("deferred first, runs last")
	defer func() {
		result *= 10
		t.log(fmt.Sprintf("result was doubled to %d then scaled", result))
	}()
	n := 1
	defer t.log(fmt.Sprint("n at defer time: ", n))
	n = 2
	return n * 2
}

func main() {
	t := &tracer{}
	fmt.Println(work(t))
	for i, s := range t.steps {
		fmt.Println(i, s)
	}
}
