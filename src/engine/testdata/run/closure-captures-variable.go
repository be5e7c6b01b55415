package main

import "fmt"

// A closure captures the variable, not its value at the time the closure is made.
func main() {
	msg := "before"
	show := func() string { return msg }
	msg = "after"
	fmt.Println(show())
	var fns []func() int
	total := 0
	for _, v := range []int{1, 2, 3} {
		total += v
		fns = append(fns, func() int { return total })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
