package main

import "fmt"

func fnv(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func main() {
	fmt.Println(fnv("hello"), fnv("concurrent map writes"))
	var a int32 = 2147483647
	var b int8 = -128
	var c uint16 = 65535
	var d uint8 = 200
	fmt.Println(a*a, a*3, b*b, b*-1, c*c, d*d, int32(-7)*int32(3))
	x := int32(123456789)
	x *= 987654321
	y := uint32(4000000000)
	y *= y
	fmt.Println(x, y)
}
