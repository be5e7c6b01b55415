package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func main() {
	cs := []Counter{{}, {}}
	for i, c := range cs {
		fmt.Println(i, c.n)
	}
	for i := range cs {
		fmt.Println(cs[i].n)
	}
	var c Counter
	for _, c = range cs {
	}
	byKey := map[string]Counter{}
	for k, v := range byKey {
		_, _ = k, v
	}
	locks := map[sync.Mutex]int{}
	for k := range locks {
		_ = k
	}
	var arr [2]Counter
	for _, v := range arr {
		_ = v
	}
	for _, v := range &arr {
		_ = v.n
	}
	_ = c.n
}
