package main

import "fmt"

// An inner map must be created before it is written; reading a missing one is safe.
type Graph map[string]map[string]int

func (g Graph) AddEdge(from, to string, w int) {
	if g[from] == nil {
		g[from] = make(map[string]int)
	}
	g[from][to] = w
}

func main() {
	g := Graph{}
	g.AddEdge("a", "b", 3)
	g.AddEdge("a", "c", 1)
	g.AddEdge("b", "c", 7)
	fmt.Println(len(g), len(g["a"]), g["b"]["c"], g["z"]["y"])
	delete(g["a"], "b")
	delete(g, "b")
	fmt.Println(g)
}
