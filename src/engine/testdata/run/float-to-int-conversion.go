package main

import "fmt"

// float → int conversion truncates toward zero.
func main() {
	vals := []float64{2.9, -2.9, 0.5, -0.5, 1e9 + 0.75}
	for _, v := range vals {
		fmt.Println(v, int(v), int64(v), int32(v))
	}
	fmt.Println(float64(7)/2, float64(7/2))
}
