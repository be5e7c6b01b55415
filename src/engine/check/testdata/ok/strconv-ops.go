package main

import (
	"fmt"
	"strconv"
)

// Converting between numbers and text, and handling bad input.
func main() {
	n, err := strconv.Atoi("128")
	if err != nil {
		fmt.Println("bad number:", err)
		return
	}
	fmt.Println(n+1, strconv.Itoa(n*2))
	if _, err := strconv.Atoi("12a"); err != nil {
		fmt.Println("error:", err)
	}
	v, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(v, err)
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16))
	fmt.Println(strconv.Quote("tab\there"))
}
