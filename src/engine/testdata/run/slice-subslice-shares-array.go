package main

import "fmt"

func main() {
	arr := [6]int{0, 1, 2, 3, 4, 5}
	s := arr[1:4]
	fmt.Println(s, len(s), cap(s))
	s[0] = 10
	s = append(s, 40)
	fmt.Println(arr)
	t := s[2:5]
	fmt.Println(t, len(t), cap(t))
	fmt.Println(s[:cap(s)])
}
