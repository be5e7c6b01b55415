package main

import "fmt"

func main() {
	m := map[int]bool{1: true, 2: false, 3: true}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m)
	m[4] = true
	fmt.Println(alias)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
}
