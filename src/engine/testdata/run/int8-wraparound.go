package main

import "fmt"

// Signed integers wrap around silently on overflow: two's complement, no panic.
func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b int8 = -128
	b--
	fmt.Println(b)
	var c int8 = 100
	c += 100
	fmt.Println(c)
	var d int8 = -128
	fmt.Println(-d)
}
