package main

import "fmt"

// A slice of slices needs each row allocated before use.
func newMatrix(rows, cols int) [][]float64 {
	m := make([][]float64, rows)
	for i := range m {
		m[i] = make([]float64, cols)
	}
	return m
}

func multiply(a, b [][]float64) [][]float64 {
	out := newMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func main() {
	a := [][]float64{{1, 2}, {3, 4}}
	id := [][]float64{{1, 0}, {0, 1}}
	fmt.Println(multiply(a, id))
	jagged := [][]int{{1}, {2, 3}, {4, 5, 6}}
	for _, row := range jagged {
		fmt.Println(len(row), row)
	}
}
