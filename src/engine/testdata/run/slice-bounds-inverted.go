package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	lo, hi := 3, 1
	defer fmt.Println("deferred runs")
	fmt.Println(s[lo:hi])
}
