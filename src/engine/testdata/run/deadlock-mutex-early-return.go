package main

import (
	"fmt"
	"sync"
)

type Store struct {
	mu sync.Mutex
	m  map[string]int
}

// An early return skips Unlock; the next caller waits forever.
func (s *Store) Add(k string, v int) bool {
	s.mu.Lock()
	if _, exists := s.m[k]; exists {
		return false
	}
	s.m[k] = v
	s.mu.Unlock()
	return true
}

func main() {
	s := &Store{m: map[string]int{}}
	fmt.Println(s.Add("a", 1))
	fmt.Println(s.Add("a", 2))
	fmt.Println(s.Add("b", 3))
}
