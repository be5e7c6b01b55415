package main

import "fmt"

func main() {
	s := "héllo"
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	fmt.Println(s[1], string(s[1]), s[1:3], s[:1]+s[3:])
	fmt.Printf("%T %T\n", s[0], s[0:1])
}
