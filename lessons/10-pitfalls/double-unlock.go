package main

import (
	"fmt"
	"sync"
)

var (
	mu    sync.Mutex
	users = map[string]bool{}
)

func register(name string) {
	mu.Lock()
	defer mu.Unlock()
	if users[name] {
		mu.Unlock() // the deferred Unlock will run too
		return
	}
	users[name] = true
}

func main() {
	register("ada")
	register("ada")
	fmt.Println(len(users))
}
