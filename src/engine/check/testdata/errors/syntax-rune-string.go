package main

import "fmt"

// Rule: single quotes make a rune literal holding exactly one character; strings use double quotes.

func main() {
	fmt.Println(/* ERROR "more than one character in rune literal" */ 'hello')
}
