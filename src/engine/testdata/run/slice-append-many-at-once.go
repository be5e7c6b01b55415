package main

import "fmt"

// Appending several elements at once can jump straight past double the old capacity.
func main() {
	s := []int{1, 2, 3}
	s = append(s, 4, 5, 6, 7, 8)
	fmt.Println(len(s), cap(s))
	t := make([]int, 0, 5)
	t = append(t, make([]int, 11)...)
	fmt.Println(len(t), cap(t))
	u := append([]byte(nil), "hello, world"...)
	fmt.Println(len(u), cap(u))
	var v []int64
	v = append(v, 1, 2, 3, 4, 5)
	fmt.Println(len(v), cap(v))
	w := append(make([]int, 256), 1)
	fmt.Println(len(w), cap(w))
}
