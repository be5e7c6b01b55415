package main

import "fmt"

func main() {
	var x uint8 = 1
	fmt.Println(x<<7, x<<8, x<<9)
	var s int8 = -128
	fmt.Println(s>>1, s>>7, s>>20)
	var i int = 1
	n := 62
	fmt.Println(i<<n, i<<(n+1), i<<(n+2))
	var u uint32 = 0xF0000000
	fmt.Println(u>>28, u<<4)
	k := uint(70)
	fmt.Println(1<<k == 0)
}
