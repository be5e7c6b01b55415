package main

import (
	"fmt"
	"sync"
)

type Scores struct {
	mu     sync.Mutex
	points map[string]int
}

func (s *Scores) Add(player string, n int) {
	s.mu.Lock()
	s.points[player] += n
	s.mu.Unlock()
}

// Get forgot the lock: "it only reads".
func (s *Scores) Get(player string) int {
	return s.points[player]
}

func main() {
	s := &Scores{points: map[string]int{}}
	done := make(chan bool)
	go func() {
		for i := 0; i < 500; i++ {
			s.Add(fmt.Sprint("p", i%40), 1)
		}
		done <- true
	}()
	best := 0
	for i := 0; i < 500; i++ {
		if v := s.Get(fmt.Sprint("p", i%40)); v > best {
			best = v
		}
	}
	<-done
	fmt.Println("best so far:", best)
}
