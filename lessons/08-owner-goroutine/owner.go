package main

import (
	"fmt"
	"sync"
)

// Only the owner goroutine touches the map. Everyone else sends it a request and waits for the reply.
type request struct {
	op    string // "add" or "get"
	key   string
	reply chan int
}

func owner(requests <-chan request, quit <-chan struct{}) {
	counts := map[string]int{}
	for {
		select {
		case req := <-requests:
			if req.op == "add" {
				counts[req.key]++
			}
			req.reply <- counts[req.key]
		case <-quit:
			return
		}
	}
}

func main() {
	requests := make(chan request)
	quit := make(chan struct{})
	go owner(requests, quit)

	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			reply := make(chan int)
			for i := 0; i < 25; i++ {
				requests <- request{op: "add", key: "jobs", reply: reply}
				<-reply
			}
		}()
	}
	wg.Wait()

	reply := make(chan int)
	requests <- request{op: "get", key: "jobs", reply: reply}
	fmt.Println("jobs:", <-reply)
	close(quit)
}
