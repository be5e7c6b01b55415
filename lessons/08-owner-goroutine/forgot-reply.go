package main

import "fmt"

type request struct {
	key   string
	reply chan int
}

func owner(requests <-chan request) {
	counts := map[string]int{}
	for req := range requests {
		counts[req.key]++
		// Forgot: req.reply <- counts[req.key]
	}
}

func main() {
	requests := make(chan request)
	go owner(requests)
	reply := make(chan int)
	requests <- request{key: "jobs", reply: reply}
	fmt.Println("jobs:", <-reply)
}
