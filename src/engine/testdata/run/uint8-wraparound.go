package main

import "fmt"

func main() {
	var b byte = 255
	b++
	fmt.Println(b)
	var z uint8 = 0
	z--
	fmt.Println(z)
	var m uint8 = 200
	fmt.Println(m * 2)
	var u uint = 0
	u--
	fmt.Println(u)
}
