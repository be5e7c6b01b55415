package main

import (
	"fmt"
	"sync"
)

// Rule: go and defer discard results, so they refuse built-ins whose only effect is their result;
// builtins with effects (close, panic, print, delete...) are fine.

type Point struct{ X int }

func origin() Point { return Point{} }

func main() {
	s := []int{1}
	var mu sync.Mutex
	mu.Lock()
	defer mu.Unlock()
	defer /* ERROR "defer discards result of len\(s\) \(value of type int\)" */ len(s)
	go /* ERROR "go discards result of append\(s, 2\) \(value of type \[\]int\)" */ append(s, 2)
	ch := make(chan int)
	defer close(ch)
	/* ERROR "cannot assign to origin\(\).X \(neither addressable nor a map index expression\)" */ origin().X = 1
	fmt.Println(s)
}
