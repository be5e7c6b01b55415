package main

import "sync"

func main() {
	var rw sync.RWMutex
	rw.Lock()
	rw.Lock()
}
