package main

import "fmt"

func main() {
	fmt.Println(0x1F, 0o17, 017, 0b101, 1_000_000)
	fmt.Println('a', 'A', '\n', '世')
	const big = 1 << 100
	fmt.Println(big >> 98)
	fmt.Printf("%T %T %T %T\n", 1, 'x', 1.5, 2i)
}
