package main

import "fmt"

func addTag(tags map[string]bool, tag string) {
	tags[tag] = true // writes into the caller's map
}

func renameFirst(names []string) {
	names[0] = "Ada" // writes into the caller's backing array
}

func send(ch chan int) {
	ch <- 42 // the caller receives from the same channel
}

func main() {
	tags := map[string]bool{}
	addTag(tags, "urgent")
	fmt.Println(tags)

	names := []string{"ada", "grace"}
	renameFirst(names)
	fmt.Println(names)

	ch := make(chan int, 1)
	send(ch)
	fmt.Println(<-ch)

	var counts map[string]int
	alias := counts
	fmt.Println(counts == nil, alias == nil)
}
