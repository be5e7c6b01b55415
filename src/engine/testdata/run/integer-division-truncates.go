package main

import "fmt"

// Integer division truncates toward zero; the remainder takes the sign of the dividend.
func main() {
	fmt.Println(7/2, -7/2, 7/-2, -7/-2)
	fmt.Println(7%3, -7%3, 7%-3, -7%-3)
	a, b := 17, 5
	fmt.Println(a/b, a%b, (a/b)*b+a%b)
}
