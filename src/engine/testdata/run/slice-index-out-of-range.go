package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	idx := 5
	fmt.Println(s[2])
	s[idx] = 4
	fmt.Println(s)
}
