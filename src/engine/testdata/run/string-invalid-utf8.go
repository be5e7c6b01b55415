package main

import (
	"fmt"
	"unicode/utf8"
)

// Invalid UTF-8 bytes decode as U+FFFD, one byte at a time.
func main() {
	s := "a\xffb\xe4\xb8"
	fmt.Println(len(s), utf8.ValidString(s), utf8.RuneCountInString(s))
	for i, r := range s {
		fmt.Println(i, r, r == utf8.RuneError)
	}
	fmt.Printf("%q %x % x\n", s, s, s)
	fmt.Println([]rune(s))
}
