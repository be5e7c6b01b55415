package main

import "fmt"

// Println uses %v, which for floats is %g with the shortest repr, switching to exponent for big/small.
func main() {
	fmt.Println(1.0, 3.14, 0.1+0.2, 1e6, 1e20, 1e21, 1e-4, 1e-5)
	fmt.Println(float32(0.1), float64(float32(0.1)))
	fmt.Println(100.0/3.0, -0.0, 2.5e-10)
	var f float64
	fmt.Println(f, 1/3.0*3)
}
