package main

import "fmt"

// Rule: a channel type names its element type: chan int, not chan.

func main() {
	ch := make(chan /* ERROR "syntax error: missing channel element type" */ )
	fmt.Println(ch)
}
