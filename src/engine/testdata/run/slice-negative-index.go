package main

import "fmt"

func at(s []string, i int) string {
	return s[i]
}

func main() {
	s := []string{"a", "b"}
	fmt.Println(at(s, 1))
	fmt.Println(at(s, -1))
}
