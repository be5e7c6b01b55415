package main

import (
	"fmt"
	"sync"
)

var pages = []string{"/", "/about", "/blog", "/contact", "/shop"}

func main() {
	hits := map[string]int{}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				hits[pages[i%len(pages)]]++
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(hits), "pages,", hits["/"], "hits on /")
}
