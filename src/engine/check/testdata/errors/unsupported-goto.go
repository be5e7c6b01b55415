package main

import "fmt"

// Rule (lab): goto is valid Go but not supported yet in Go Map Lab. Go accepts this file.

func main() {
	i := 0
loop:
	if i < 3 {
		i++
		/* UNSUPPORTED "not supported" */ goto loop
	}
	fmt.Println(i)
}
