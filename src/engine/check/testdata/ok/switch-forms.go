package main

import "fmt"

// Switch with a tag, without one, with an init statement, with lists and fallthrough.
func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "large"
	}
}

func main() {
	for _, n := range []int{-3, 0, 4, 40} {
		fmt.Println(n, classify(n))
	}
	switch day := 6; day {
	case 0, 6:
		fmt.Println("weekend")
	case 1, 2, 3, 4, 5:
		fmt.Println("weekday")
	}
	switch level := 1; level {
	case 1:
		fmt.Println("level 1")
		fallthrough
	case 2:
		fmt.Println("level 2 or below")
	case 3:
		fmt.Println("level 3")
	}
}
