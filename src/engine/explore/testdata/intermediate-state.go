package main

import "sync"

// The worker sets state to 1 and back to 0 in two critical sections. Main panics only if its
// one read lands exactly between them: one order of the three critical sections out of three.
func main() {
	var mu sync.Mutex
	state := 0
	done := make(chan bool)
	go func() {
		mu.Lock()
		state = 1
		mu.Unlock()
		mu.Lock()
		state = 0
		mu.Unlock()
		done <- true
	}()
	mu.Lock()
	s := state
	mu.Unlock()
	<-done
	if s == 1 {
		panic("main saw the intermediate state")
	}
}
