package main

import "fmt"

func main() {
	a, b := "apple", "banana"
	fmt.Println(a < b, a == "apple", "Z" < "a", "abc" < "abd", "ab" < "abc")
	s := a + " " + b
	s += "!"
	fmt.Println(s, len(s))
	t := s[:5]
	fmt.Println(t == a)
	x := "é"
	fmt.Println(x == "\u00e9", x == "e\u0301", len("e\u0301"))
}
