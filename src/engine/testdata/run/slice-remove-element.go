package main

import "fmt"

func main() {
	s := []string{"a", "b", "c", "d", "e"}
	i := 1
	s = append(s[:i], s[i+1:]...)
	fmt.Println(s, len(s), cap(s))
	full := s[:cap(s)]
	fmt.Println(full)
	t := []int{1, 2, 3, 4}
	t[1] = t[len(t)-1]
	t = t[:len(t)-1]
	fmt.Println(t)
}
