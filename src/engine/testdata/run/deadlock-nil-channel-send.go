package main

import "fmt"

func main() {
	var ch chan<- string
	fmt.Println(ch == nil, cap(ch), len(ch))
	ch <- "lost"
}
