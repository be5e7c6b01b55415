package main

import (
	"fmt"
	"sync"
)

func main() {
	// CompareAndSwap stores only if the value is still the one we read; otherwise read again.
	var hits sync.Map
	hits.Store("home", 0)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				for {
					v, _ := hits.Load("home")
					if hits.CompareAndSwap("home", v, v.(int)+1) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	v, _ := hits.Load("home")
	fmt.Println(v)
}
