package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b)
	fmt.Printf("%04b %04b %04b %04b\n", a&b, a|b, a^b, a&^b)
	var u uint8 = 0x0F
	fmt.Println(^u, ^0, -^3)
	fmt.Printf("%08b\n", ^u)
}
