package main

import (
	"fmt"
	"sort"
	"sync"
)

// sync.Map needs no lock of our own; Range visits each entry until the callback returns false.
func main() {
	var sessions sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			sessions.Store(fmt.Sprintf("user%d", id), id*10)
		}(i)
	}
	wg.Wait()

	if v, ok := sessions.Load("user3"); ok {
		fmt.Println("user3 ->", v.(int))
	}
	var names []string
	sessions.Range(func(key, value interface{}) bool {
		names = append(names, key.(string))
		return true
	})
	sort.Strings(names)
	fmt.Println(names)
	sessions.Delete("user0")
	actual, loaded := sessions.LoadOrStore("user0", 99)
	fmt.Println(actual, loaded)
}
