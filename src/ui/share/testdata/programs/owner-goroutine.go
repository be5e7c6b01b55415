// One goroutine owns the map; the others send it requests over channels.
// No lock is needed because only the owner ever touches the map.
package main

import "fmt"

type request struct {
	word  string
	reply chan int
}

func owner(adds <-chan string, gets <-chan request, done <-chan struct{}) {
	counts := make(map[string]int)
	for {
		select {
		case w := <-adds:
			counts[w]++
		case r := <-gets:
			r.reply <- counts[r.word]
		case <-done:
			return
		}
	}
}

func main() {
	adds := make(chan string)
	gets := make(chan request)
	done := make(chan struct{})
	go owner(adds, gets, done)

	finished := make(chan bool)
	words := []string{"go", "map", "chan", "go"}
	for w := 0; w < 3; w++ {
		go func(worker int) {
			for i := 0; i < 100; i++ {
				adds <- words[(i+worker)%len(words)]
			}
			finished <- true
		}(w)
	}
	for w := 0; w < 3; w++ {
		<-finished
	}

	reply := make(chan int)
	gets <- request{"go", reply}
	fmt.Println("go:", <-reply)
	close(done)
}
