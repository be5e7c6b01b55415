package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	unbuf := make(chan int)
	var nilCh chan int
	mu.Lock()
	rw.Lock()
	ready := make(chan bool)
	go func() { ready <- true; mu.Lock() }()
	<-ready
	go func() { ready <- true; rw.RLock() }()
	<-ready
	go func() { ready <- true; unbuf <- 1 }()
	<-ready
	go func() { ready <- true; <-nilCh }()
	<-ready
	go func() { ready <- true; select {} }()
	<-ready
	fmt.Println("all blocked")
	<-unbuf
	<-unbuf
}
