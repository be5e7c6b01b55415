package main

import (
	"fmt"
	"sync"
)

// A request carries its own reply channel; a map of channels routes work to per-key owners.
type request struct {
	delta int
	reply chan int
}

func owner(reqs <-chan request) {
	total := 0
	for r := range reqs {
		total += r.delta
		r.reply <- total
	}
}

func main() {
	owners := map[string]chan request{}
	for _, key := range []string{"a", "b"} {
		ch := make(chan request)
		owners[key] = ch
		go owner(ch)
	}
	var wg sync.WaitGroup
	results := make(chan chan int, 4)
	for i, key := range []string{"a", "b", "a", "a"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			reply := make(chan int, 1)
			owners[key] <- request{delta: i + 1, reply: reply}
			results <- reply
		}()
	}
	wg.Wait()
	close(results)
	count := 0
	for r := range results {
		<-r
		count++
	}
	for _, ch := range owners {
		close(ch)
	}
	fmt.Println("replies:", count)
}
