package main

import "fmt"

// Labels let break and continue leave an outer loop, or a loop from inside a select or switch.
func main() {
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}
search:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				break search
			}
		}
	}

rows:
	for _, row := range grid {
		for _, v := range row {
			if v%2 == 0 {
				continue rows
			}
			fmt.Print(v, " ")
		}
	}
	fmt.Println()

	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			fmt.Println("got", v)
		}
	}
}
