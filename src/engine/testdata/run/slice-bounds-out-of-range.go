package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	hi := 5
	fmt.Println(s[:hi])
	hi = 6
	fmt.Println(s[1:hi])
}
