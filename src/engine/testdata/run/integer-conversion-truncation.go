package main

import "fmt"

// Converting to a smaller integer type keeps the low bits; signedness reinterprets them.
func main() {
	big := int64(300)
	fmt.Println(int8(big), uint8(big))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg))
	u8, u16 := uint8(200), uint16(40000)
	fmt.Println(int8(u8), int16(u16))
	x := 0x12345678
	fmt.Println(int16(x), uint8(x))
}
