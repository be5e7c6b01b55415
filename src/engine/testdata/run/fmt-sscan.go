package main

import "fmt"

func main() {
	var a, b int
	var s string
	n, err := fmt.Sscan("10 20 go", &a, &b, &s)
	fmt.Println(n, err, a+b, s)
	n, err = fmt.Sscanf("7-x", "%d-%s", &a, &s)
	fmt.Println(n, err, a, s)
	n, err = fmt.Sscan("notanumber", &a)
	fmt.Println(n, err)
}
