package main

import "fmt"

type stack struct{ items []int }

func (s *stack) pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func sum(s *stack, n int) int {
	total := 0
	for i := 0; i < n; i++ {
		total += s.pop()
	}
	return total
}

func main() {
	s := &stack{items: []int{1, 2, 3}}
	fmt.Println(sum(s, 2))
	fmt.Println(sum(s, 2))
}
