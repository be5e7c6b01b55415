package main

import "fmt"

// The per-iteration copy is taken at the start of each iteration and copied back before the post statement.
func main() {
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			i++
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
}
