package main

import "fmt"

func main() {
	s := "Go世"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(b, r)
	b[0] = 'N'
	fmt.Println(string(b), s)
	r[2] = '界'
	fmt.Println(string(r), len(string(r)))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	fmt.Println(string([]byte{104, 105}), string([]rune{0x1F600}))
}
