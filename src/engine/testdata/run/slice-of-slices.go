package main

import "fmt"

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	row := grid[2]
	row[1] = -1
	fmt.Println(grid[2], len(grid), len(grid[0]))
	var jag [][]string
	jag = append(jag, []string{"x"}, nil, []string{})
	fmt.Println(jag, len(jag[1]), jag[1] == nil, jag[2] == nil)
}
