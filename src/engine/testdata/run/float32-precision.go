package main

import "fmt"

func main() {
	var a float32 = 16777216
	fmt.Println(a, a+1, a+1 == a)
	var b float32 = 0.1
	var c float32 = 0.2
	fmt.Println(b+c, float64(b)+float64(c))
	var sum float32
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1)
	fmt.Printf("%T %v %.10f\n", b, b, b)
}
