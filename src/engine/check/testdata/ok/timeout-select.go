package main

import (
	"fmt"
	"time"
)

// time.After gives a channel that fires once; select picks whichever is ready first.
func slowLookup(key string) <-chan string {
	out := make(chan string, 1)
	go func() {
		time.Sleep(50 * time.Millisecond)
		out <- "value of " + key
	}()
	return out
}

func main() {
	select {
	case v := <-slowLookup("a"):
		fmt.Println(v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timed out")
	}

	select {
	case v := <-slowLookup("b"):
		fmt.Println(v)
	case <-time.After(time.Second):
		fmt.Println("timed out")
	}
}
