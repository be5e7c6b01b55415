package main

import "fmt"

// Go 1.23 range-over-func: the loop body becomes the yield callback.
func countdown(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				fmt.Println("stopped early")
				return
			}
		}
	}
}

func main() {
	for v := range countdown(3) {
		fmt.Println(v)
	}
	for v := range countdown(5) {
		if v == 3 {
			break
		}
		fmt.Println(v)
	}
}
