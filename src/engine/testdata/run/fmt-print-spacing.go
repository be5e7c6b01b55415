package main

import "fmt"

// Print adds spaces only between operands when neither is a string; Println always adds them.
func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Println("a", "b", 1, 2)
	s := fmt.Sprint(1, 2, "x", 3)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintln("x", 1) == "x 1\n")
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
}
