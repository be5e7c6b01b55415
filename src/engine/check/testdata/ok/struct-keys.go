package main

import "fmt"

// Comparable structs and arrays can be map keys; anonymous structs work too.
type Point struct {
	X, Y int
}

func main() {
	visited := map[Point]bool{}
	path := []Point{{0, 0}, {0, 1}, {1, 1}, {0, 1}}
	for _, p := range path {
		if visited[p] {
			fmt.Println("revisited", p)
		}
		visited[p] = true
	}
	grid := map[[2]int]string{{0, 0}: "origin"}
	fmt.Println(grid[[2]int{0, 0}], len(visited))
	cfg := struct {
		Name    string
		Workers int
	}{"lab", 4}
	fmt.Printf("%+v\n", cfg)
	fmt.Println(Point{1, 2} == Point{X: 1, Y: 2})
}
