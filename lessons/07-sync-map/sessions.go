package main

import (
	"fmt"
	"sync"
)

func main() {
	// Write once, read many times: the pattern sync.Map is built for.
	var sessions sync.Map
	var wg sync.WaitGroup
	for u := 0; u < 4; u++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			user := fmt.Sprint("user", u)
			sessions.LoadOrStore(user, 0)
			for i := 0; i < 50; i++ {
				if v, ok := sessions.Load(user); ok {
					sessions.Store(user, v.(int)+1)
				}
			}
		}()
	}
	wg.Wait()

	total, users := 0, 0
	sessions.Range(func(key, value any) bool {
		users++
		total += value.(int)
		return true
	})
	fmt.Println(users, "users,", total, "requests")
}
