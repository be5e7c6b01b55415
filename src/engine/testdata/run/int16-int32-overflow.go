package main

import "fmt"

func main() {
	var s int16 = 32767
	s += 2
	fmt.Println(s)
	var x int32 = 1 << 30
	x *= 4
	fmt.Println(x)
	var y int32 = 2147483647
	y++
	fmt.Println(y)
	var u uint16 = 65535
	u += 10
	fmt.Println(u)
	var w uint32 = 1 << 31
	fmt.Println(w*2, w+w-1)
}
