package main

import "fmt"

var pages = []string{"/", "/about", "/blog", "/contact", "/shop"}

func main() {
	hits := map[string]int{}
	for w := 0; w < 4; w++ {
		for i := 0; i < 1000; i++ {
			hits[pages[i%len(pages)]]++
		}
	}
	fmt.Println(len(hits), "pages,", hits["/"], "hits on /")
}
