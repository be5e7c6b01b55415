package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil, len(a), cap(a))
	fmt.Println(a, b, c)
	fmt.Printf("%v %#v %#v\n", a, a, b)
	a = append(a, 1)
	fmt.Println(a)
}
