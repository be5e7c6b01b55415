package main

import "fmt"

func main() {
	var b []byte
	last := -1
	for i := 0; i < 300; i++ {
		b = append(b, 'x')
		if cap(b) != last {
			fmt.Print(cap(b), " ")
			last = cap(b)
		}
	}
	fmt.Println()
	var s []string
	last = -1
	for i := 0; i < 300; i++ {
		s = append(s, "")
		if cap(s) != last {
			fmt.Print(cap(s), " ")
			last = cap(s)
		}
	}
	fmt.Println()
}
