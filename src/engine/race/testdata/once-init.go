// sync.Once: the call that ran f happens before every Do returns.
// races: none
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	config := ""
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { config = "ready" })
			_ = config
		}()
	}
	wg.Wait()
	fmt.Println(config)
}
