package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	n := 0
scan:
	for _, w := range []string{"a", "b", "stop", "c"} {
		switch w {
		case "stop":
			break scan
		}
		n++
	}
	fmt.Println(n)
}
